public class Main {
    static class Dog {
        private final String name;
        private final int age;

        Dog(String name, int age) {
            this.name = name;
            this.age = age;
        }

        String describe() {
            return name + " is " + age + " years old";
        }
    }

    public static void main(String[] args) {
        Dog dog = new Dog("Rex", 3);
        System.out.println(dog.describe());
    }
}
