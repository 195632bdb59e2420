import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> scores = new ArrayList<>(List.of(70, 85, 92));
        scores.add(60);

        System.out.println(scores.size());
        System.out.println(scores.get(0));
        System.out.println(scores.get(scores.size() - 1));
        System.out.println(scores.get(1));
        System.out.println(scores.stream().mapToInt(Integer::intValue).sum());
        System.out.println(scores.stream().sorted().toList());
        System.out.println(scores);
    }
}
