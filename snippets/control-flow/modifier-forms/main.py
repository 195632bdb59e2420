temperature = 31
raining = False

if temperature > 30:
    print("it is hot")
if not raining:
    print("no umbrella needed")

count = 0
while count < 5:
    count += 1
print(count)
