class Animal {
  constructor(name) {
    this.name = name;
  }

  speak() {
    return `${this.name} makes a sound`;
  }
}

class Cat extends Animal {
  speak() {
    return `${super.speak()} (meow)`;
  }
}

for (const animal of [new Animal("Generic"), new Cat("Tom")]) {
  console.log(animal.speak());
}
