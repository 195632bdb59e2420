import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> words = List.of("banana", "kiwi", "apple", "fig");
        Comparator<String> byLength = Comparator.comparing(String::length);

        System.out.println(String.join(", ", words.stream().sorted().toList()));
        System.out.println(String.join(", ", words.stream().sorted(byLength).toList()));
        System.out.println(String.join(", ", words.stream().sorted(byLength.reversed()).toList()));
        System.out.println(Collections.max(words, byLength));
    }
}
