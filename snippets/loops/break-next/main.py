numbers = [3, -1, 4, 0, 5, 9]

for number in numbers:
    if number < 0:
        continue
    if number == 0:
        break
    print(number)
