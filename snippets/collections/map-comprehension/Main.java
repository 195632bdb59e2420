import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> prices = List.of(10, 25, 40);

        List<Integer> doubled = prices.stream().map(price -> price * 2).toList();
        List<String> labels = prices.stream().map(price -> "$" + price).toList();

        System.out.println(doubled);
        System.out.println(String.join(", ", labels));
    }
}
