import java.util.List;

public class Main {
    static class Animal {
        private final String name;

        Animal(String name) {
            this.name = name;
        }

        String speak() {
            return name + " makes a sound";
        }
    }

    static class Cat extends Animal {
        Cat(String name) {
            super(name);
        }

        @Override
        String speak() {
            return super.speak() + " (meow)";
        }
    }

    public static void main(String[] args) {
        for (Animal animal : List.of(new Animal("Generic"), new Cat("Tom"))) {
            System.out.println(animal.speak());
        }
    }
}
