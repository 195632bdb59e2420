import java.util.List;

public class Main {
    public static void main(String[] args) {
        boolean loggedIn = false;
        List<String> cart = List.of();

        if (!loggedIn) {
            System.out.println("please log in");
        }

        if (!cart.isEmpty()) {
            System.out.println("checking out");
        }

        System.out.println("done");
    }
}
