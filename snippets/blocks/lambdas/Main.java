import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

public class Main {
    public static void main(String[] args) {
        UnaryOperator<Integer> square = x -> x * x;
        BinaryOperator<Integer> add = (a, b) -> a + b;

        System.out.println(square.apply(4));
        System.out.println(square.apply(5));
        System.out.println(add.apply(2, 3));
    }
}
