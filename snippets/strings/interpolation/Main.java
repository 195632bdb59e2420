public class Main {
    public static void main(String[] args) {
        String name = "Grace";
        int count = 3;

        System.out.println("Hello, %s!".formatted(name));
        System.out.println("%s has %d ideas".formatted(name, count * 2));
        System.out.println("Hello, " + name + "!");
        System.out.println("Total: " + count);
    }
}
