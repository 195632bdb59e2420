import math

price = 19.987
count = 3

print(round(price, 2))
print(math.floor(price))
print(math.ceil(price))
print(f"{price:.1f}")
print(round(price * count, 2))
print(1_000_000 // count)
print(int("42") + 1)
print(float("2.5") * 2)
