name = "Grace"
count = 3

print(f"Hello, {name}!")
print(f"{name} has {count * 2} ideas")
print('Hello, ' + name + '!')
print("Total: " + str(count))
