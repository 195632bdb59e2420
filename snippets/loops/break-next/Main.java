import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> numbers = List.of(3, -1, 4, 0, 5, 9);

        for (int number : numbers) {
            if (number < 0) continue;
            if (number == 0) break;

            System.out.println(number);
        }
    }
}
