numbers = [1, 2, 3, 4, 5, 6]

evens = [n for n in numbers if n % 2 == 0]
big = [n for n in numbers if n >= 4]
first_big = next(n for n in numbers if n > 4)

print(evens)
print(big)
print(first_big)
print(sum(1 for n in numbers if n % 2 == 1))
