public class Main {
    public static void main(String[] args) {
        String name = "Ada";      // a String
        int age = 36;             // an int
        double height = 1.65;     // a double
        boolean learning = true;  // true or false
        String nickname = null;   // no value at all

        System.out.println(name);
        System.out.println(age + 1);
        System.out.println(height * 2);
        if (learning) {
            System.out.println("still learning");
        }
        System.out.println(nickname != null ? nickname : "no nickname");
    }
}
