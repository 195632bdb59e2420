public class Main {
    public static void main(String[] args) {
        int age = 70;
        boolean member = true;
        boolean banned = false;

        if (age >= 18 && member && !banned) {
            System.out.println("come in");
        }

        if (age < 12 || age > 65) {
            System.out.println("discount");
        } else {
            System.out.println("full price");
        }
    }
}
