def min_max(numbers):
    return min(numbers), max(numbers)


low, high = min_max([7, 2, 9, 4])
print(low)
print(high)
