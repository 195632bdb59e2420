import java.util.List;

public class Main {
    static String describe(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301, 302 -> "redirect";
            default -> status >= 400 && status <= 499 ? "client error" : "unknown";
        };
    }

    public static void main(String[] args) {
        for (int code : List.of(200, 302, 404, 500)) {
            System.out.println(describe(code));
        }
    }
}
