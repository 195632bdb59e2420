class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age} years old"


dog = Dog("Rex", 3)
print(dog.describe())
