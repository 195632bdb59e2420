import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> prices = List.of(12, 30, 8);

        int total = prices.stream().mapToInt(Integer::intValue).sum();
        int product = prices.stream().reduce(1, (acc, price) -> acc * price);
        String longest = Collections.max(List.of("tea", "coffee", "water"),
                Comparator.comparing(String::length));

        System.out.println(total);
        System.out.println(product);
        System.out.println(longest);
    }
}
