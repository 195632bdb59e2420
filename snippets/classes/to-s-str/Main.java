public class Main {
    static class Point {
        private final int x;
        private final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    public static void main(String[] args) {
        Point point = new Point(2, 3);
        System.out.println(point);
        System.out.println("The point is " + point);
    }
}
