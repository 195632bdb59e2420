public class Main {
    public static void main(String[] args) {
        int balance = 0;

        while (balance < 100) {
            balance += 30;
            System.out.println(balance);
        }
    }
}
