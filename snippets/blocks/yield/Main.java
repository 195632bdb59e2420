import java.util.List;
import java.util.function.UnaryOperator;

public class Main {
    static void twice(Runnable action) {
        action.run();
        action.run();
    }

    static List<Integer> applyTo(List<Integer> numbers, UnaryOperator<Integer> transform) {
        return numbers.stream().map(transform).toList();
    }

    public static void main(String[] args) {
        twice(() -> System.out.println("hello"));
        System.out.println(applyTo(List.of(1, 2, 3), n -> n * 10));
    }
}
