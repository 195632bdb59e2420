public class Main {
    public static void main(String[] args) {
        int attempts = 0;

        while (true) {
            attempts += 1;
            System.out.println("attempt " + attempts);
            if (attempts == 3) break;
        }
    }
}
