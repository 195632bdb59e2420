class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Cat(Animal):
    def speak(self):
        return f"{super().speak()} (meow)"


for animal in [Animal("Generic"), Cat("Tom")]:
    print(animal.speak())
