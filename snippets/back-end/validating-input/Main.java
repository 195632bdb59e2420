import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public class Main {
    static List<String> validate(Map<String, Object> user) {
        List<String> errors = new ArrayList<>();
        if (Objects.toString(user.get("name"), "").isBlank()) errors.add("name is required");
        if (!(user.get("age") instanceof Integer)) errors.add("age must be a number");
        if (!Objects.toString(user.get("email"), "").contains("@")) errors.add("email needs an @");
        return errors;
    }

    public static void main(String[] args) {
        List<Map<String, Object>> users = List.of(
                Map.of("name", "Ada", "age", 36, "email", "ada@example.com"),
                Map.of("name", " ", "age", "old", "email", "nope"));

        for (Map<String, Object> user : users) {
            List<String> errors = validate(user);
            System.out.println(errors.isEmpty() ? "valid" : String.join("; ", errors));
        }
    }
}
