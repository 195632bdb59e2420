import java.util.Locale;

public class Main {
    public static void main(String[] args) {
        double price = 19.987;
        int count = 3;

        System.out.println(Math.round(price * 100) / 100.0);
        System.out.println((int) Math.floor(price));
        System.out.println((int) Math.ceil(price));
        System.out.println(String.format(Locale.ROOT, "%.1f", price));
        System.out.println(Math.round(price * count * 100) / 100.0);
        System.out.println(1_000_000 / count);
        System.out.println(Integer.parseInt("42") + 1);
        System.out.println(Double.parseDouble("2.5") * 2);
    }
}
