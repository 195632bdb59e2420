public class Main {
    static void process(String job) {
        try {
            System.out.println("start " + job);
            if (job.equals("bad")) {
                throw new RuntimeException(job + " failed");
            }

            System.out.println("finish " + job);
            System.out.println("no errors");
        } catch (RuntimeException error) {
            System.out.println(error.getMessage());
        } finally {
            System.out.println("clean up " + job);
        }
    }

    public static void main(String[] args) {
        process("good");
        process("bad");
    }
}
