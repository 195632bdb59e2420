import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> fruits = List.of("apple", "banana", "cherry");

        for (String fruit : fruits) {
            System.out.println("I like " + fruit);
        }

        fruits.forEach(fruit -> System.out.println(fruit.toUpperCase()));
    }
}
