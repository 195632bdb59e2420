public class Main {
    public static void main(String[] args) {
        int age = 12;

        if (age % 2 == 1) {
            System.out.println("age is odd");
        } else {
            System.out.println("age is even");
        }
    }
}
