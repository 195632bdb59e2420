import java.util.List;
import java.util.Map;
import java.util.Set;

public class Main {
    static final Map<String, Set<String>> PERMISSIONS = Map.of(
            "student", Set.of("view_grades"),
            "teacher", Set.of("view_grades", "enter_grades", "chat"),
            "parent", Set.of("view_grades", "chat"));

    static boolean isAllowed(String role, String action) {
        return PERMISSIONS.getOrDefault(role, Set.of()).contains(action);
    }

    record Request(String role, String action) {}

    public static void main(String[] args) {
        List<Request> requests = List.of(
                new Request("student", "enter_grades"),
                new Request("teacher", "enter_grades"),
                new Request("parent", "chat"),
                new Request("guest", "view_grades"));

        for (Request request : requests) {
            String verdict = isAllowed(request.role(), request.action()) ? "may" : "may not";
            System.out.println(request.role() + " " + verdict + " " + request.action());
        }
    }
}
