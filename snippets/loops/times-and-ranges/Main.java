public class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.println("hip hip");
        }
        System.out.println("hooray");

        for (int n = 1; n <= 3; n++) {
            System.out.println("round " + n);
        }

        for (int n = 1; n <= 10; n += 3) System.out.println(n);
    }
}
