import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class Main {
    record User(String name, String role) {}

    public static void main(String[] args) {
        List<User> users = List.of(
                new User("Ada", "admin"),
                new User("Bob", "guest"),
                new User("Cy", "admin"));

        List<String> admins = users.stream()
                .filter(user -> user.role().equals("admin"))
                .map(User::name)
                .toList();
        System.out.println(String.join(", ", admins));

        Map<String, List<User>> byRole = users.stream()
                .collect(Collectors.groupingBy(User::role, LinkedHashMap::new, Collectors.toList()));
        byRole.forEach((role, members) -> System.out.println(role + ": " + members.size()));
    }
}
