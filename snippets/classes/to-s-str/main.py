class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"


point = Point(2, 3)
print(point)
print(f"The point is {point}")
