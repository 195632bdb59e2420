public class Main {
    static class OutOfStockException extends Exception {
        OutOfStockException(String message) {
            super(message);
        }
    }

    static String buy(String item, int stock) throws OutOfStockException {
        if (stock == 0) {
            throw new OutOfStockException(item + " is sold out");
        }

        return "bought " + item;
    }

    public static void main(String[] args) {
        try {
            System.out.println(buy("tea", 2));
            System.out.println(buy("cake", 0));
        } catch (OutOfStockException error) {
            System.out.println("sorry: " + error.getMessage());
        }
    }
}
