count = 3

while count > 0:
    print(count)
    count -= 1

print("liftoff")
