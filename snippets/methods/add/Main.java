public class Main {
    static int add(int num1, int num2) {
        return num1 + num2;
    }

    public static void main(String[] args) {
        int total = add(4, 5);
        System.out.println(total);
        System.out.println(add(0, 3));
        System.out.println(add(4, -9));
        System.out.println(add(12, 13));
    }
}
