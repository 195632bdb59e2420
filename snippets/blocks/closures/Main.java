import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

public class Main {
    static IntSupplier makeCounter() {
        AtomicInteger count = new AtomicInteger(0);
        return () -> count.incrementAndGet();
    }

    public static void main(String[] args) {
        IntSupplier counter = makeCounter();
        counter.getAsInt();
        counter.getAsInt();
        System.out.println(counter.getAsInt());
    }
}
