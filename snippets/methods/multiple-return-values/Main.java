import java.util.Collections;
import java.util.List;

public class Main {
    record MinMax(int low, int high) {}

    static MinMax minMax(List<Integer> numbers) {
        return new MinMax(Collections.min(numbers), Collections.max(numbers));
    }

    public static void main(String[] args) {
        MinMax result = minMax(List.of(7, 2, 9, 4));
        System.out.println(result.low());
        System.out.println(result.high());
    }
}
