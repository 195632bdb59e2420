public class Main {
    public static void main(String[] args) {
        int stock = 0;
        String label = stock > 0 ? "in stock" : "sold out";
        System.out.println(label);

        int count = 1;
        System.out.println(count + " " + (count == 1 ? "item" : "items"));
    }
}
