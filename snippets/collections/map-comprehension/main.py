prices = [10, 25, 40]

doubled = [price * 2 for price in prices]
labels = [f"${price}" for price in prices]

print(doubled)
print(", ".join(labels))
