from functools import reduce

prices = [12, 30, 8]

total = sum(prices)
product = reduce(lambda acc, price: acc * price, prices, 1)
longest = max(["tea", "coffee", "water"], key=len)

print(total)
print(product)
print(longest)
