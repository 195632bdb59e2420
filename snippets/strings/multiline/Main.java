public class Main {
    public static void main(String[] args) {
        String name = "Lin";
        String message = """
                Dear %s,
                your order has shipped.
                Thanks!
                """.formatted(name);

        System.out.print(message);
        System.out.println(message.lines().count());
    }
}
