square = lambda x: x * x
add = lambda a, b: a + b

print(square(4))
print(square(5))
print(add(2, 3))
