import java.util.List;
import java.util.Map;
import java.util.function.Function;

public class Main {
    static String listFriends(Map<String, Object> params) {
        return "200 friends: Ada, Grace";
    }

    static String showUser(Map<String, Object> params) {
        return "200 user " + params.get("id");
    }

    static final Map<List<String>, Function<Map<String, Object>, String>> ROUTES = Map.of(
            List.of("GET", "/friends"), Main::listFriends,
            List.of("GET", "/users"), Main::showUser);

    static String handle(String verb, String path, Map<String, Object> params) {
        var handler = ROUTES.get(List.of(verb, path));
        if (handler == null) {
            return "404 no route for " + verb + " " + path;
        }

        return handler.apply(params);
    }

    public static void main(String[] args) {
        System.out.println(handle("GET", "/friends", Map.of()));
        System.out.println(handle("GET", "/users", Map.of("id", 7)));
        System.out.println(handle("POST", "/friends", Map.of()));
    }
}
