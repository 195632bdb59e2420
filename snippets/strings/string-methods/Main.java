public class Main {
    public static void main(String[] args) {
        String word = "  Back-End  ";
        String clean = word.strip();

        System.out.println(clean.toUpperCase());
        System.out.println(clean.toLowerCase());
        System.out.println(clean.length());
        System.out.println(new StringBuilder(clean).reverse());
        System.out.println(clean.replaceFirst("End", "Office"));
        System.out.println(String.join(" + ", clean.split("-")));
        if (clean.startsWith("Back")) {
            System.out.println("starts with Back");
        }
    }
}
