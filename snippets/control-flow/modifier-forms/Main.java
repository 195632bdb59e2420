public class Main {
    public static void main(String[] args) {
        int temperature = 31;
        boolean raining = false;

        if (temperature > 30) System.out.println("it is hot");
        if (!raining) System.out.println("no umbrella needed");

        int count = 0;
        while (count < 5) count += 1;
        System.out.println(count);
    }
}
