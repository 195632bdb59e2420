public class Main {
    public static void main(String[] args) {
        // A comment runs from // to the end of the line.
        int price = 10; // it can follow code, too

        /*
        A block comment: it may span several lines.
        One that starts with /** documents the code after it.
        */

        // Several lines of explanation
        // are usually written like this.
        System.out.println(price * 2);
    }
}
