try:
    print(int("12a"))
except ValueError:
    print("not a number")

try:
    print(10 / 0)
except ZeroDivisionError as error:
    print(f"caught {type(error).__name__}")
