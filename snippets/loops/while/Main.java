public class Main {
    public static void main(String[] args) {
        int count = 3;

        while (count > 0) {
            System.out.println(count);
            count -= 1;
        }

        System.out.println("liftoff");
    }
}
