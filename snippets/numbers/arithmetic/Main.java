public class Main {
    public static void main(String[] args) {
        System.out.println(7 + 2);
        System.out.println(7 - 2);
        System.out.println(7 * 2);
        System.out.println(7 / 2);     // two ints: an int
        System.out.println(7 % 2);
        System.out.println((int) Math.pow(7, 2));
        System.out.println(7 / 2.0);   // a double makes a double
    }
}
