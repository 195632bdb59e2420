stock = 0
label = "in stock" if stock > 0 else "sold out"
print(label)

count = 1
print(f"{count} {'item' if count == 1 else 'items'}")
