class Dog {
  constructor(name, age) {
    this.name = name;
    this.age = age;
  }

  describe() {
    return `${this.name} is ${this.age} years old`;
  }
}

const dog = new Dog("Rex", 3);
console.log(dog.describe());
