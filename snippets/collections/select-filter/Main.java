import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6);

        List<Integer> evens = numbers.stream().filter(n -> n % 2 == 0).toList();
        List<Integer> big = numbers.stream().filter(n -> n >= 4).toList();
        int firstBig = numbers.stream().filter(n -> n > 4).findFirst().orElseThrow();

        System.out.println(evens);
        System.out.println(big);
        System.out.println(firstBig);
        System.out.println(numbers.stream().filter(n -> n % 2 == 1).count());
    }
}
