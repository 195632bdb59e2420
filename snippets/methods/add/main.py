def add(num1, num2):
    return num1 + num2


total = add(4, 5)
print(total)
print(add(0, 3))
print(add(4, -9))
print(add(12, 13))
