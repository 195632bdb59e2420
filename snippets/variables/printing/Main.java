import java.util.List;

public class Main {
    public static void main(String[] args) {
        System.out.println("Hello");
        List.of("one", "two").forEach(System.out::println);
        System.out.print("no newline, ");
        System.out.print("then one\n");
        System.out.println(42);
        System.out.println(List.of(1, 2, 3));
    }
}
