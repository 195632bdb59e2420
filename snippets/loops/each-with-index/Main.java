import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> tasks = List.of("write tests", "fix bug", "deploy");

        for (int index = 0; index < tasks.size(); index++) {
            System.out.println(index + ": " + tasks.get(index));
        }

        for (int number = 1; number <= tasks.size(); number++) {
            System.out.println(number + ". " + tasks.get(number - 1));
        }
    }
}
