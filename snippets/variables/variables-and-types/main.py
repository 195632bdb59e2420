name = "Ada"       # a str
age = 36           # an int
height = 1.65      # a float
learning = True    # True or False
nickname = None    # no value at all

print(name)
print(age + 1)
print(height * 2)
if learning:
    print("still learning")
print(nickname or "no nickname")
