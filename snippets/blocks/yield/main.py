def twice(action):
    action()
    action()


def apply_to(numbers, transform):
    return [transform(number) for number in numbers]


twice(lambda: print("hello"))
print(apply_to([1, 2, 3], lambda n: n * 10))
