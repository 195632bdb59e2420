fruits = ["apple", "banana", "cherry"]

for fruit in fruits:
    print(f"I like {fruit}")

for fruit in fruits:
    print(fruit.upper())
