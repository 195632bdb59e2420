public class Main {
    static int square(int number) {
        return number * number;
    }

    static String sign(int number) {
        if (number == 0) {
            return "zero";
        }

        return number > 0 ? "positive" : "negative";
    }

    public static void main(String[] args) {
        System.out.println(square(6));
        System.out.println(sign(0));
        System.out.println(sign(-3));
    }
}
