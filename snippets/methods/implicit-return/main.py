def square(number):
    return number * number


def sign(number):
    if number == 0:
        return "zero"
    return "positive" if number > 0 else "negative"


print(square(6))
print(sign(0))
print(sign(-3))
