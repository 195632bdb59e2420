print(7 + 2)
print(7 - 2)
print(7 * 2)
print(7 // 2)  # // divides to an integer
print(7 % 2)
print(7 ** 2)
print(7 / 2)   # / always makes a float
