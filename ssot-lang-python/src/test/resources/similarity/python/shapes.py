import math


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def contains(self, x, y):
        return x * x + y * y <= self.radius * self.radius

    def scaled(self, factor):
        return Circle(self.radius * factor)


class Polygon(Shape):
    def __init__(self, points):
        if len(points) < 3:
            raise ValueError("a polygon needs three or more points")
        self.points = list(points)

    def area(self):
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:] + self.points[:1]):
            total += x1 * y2 - x2 * y1
        return abs(total) / 2

    def perimeter(self):
        return sum(
            math.dist(p, q) for p, q in zip(self.points, self.points[1:] + self.points[:1])
        )

    def contains(self, x, y):
        inside = False
        j = len(self.points) - 1
        for i, (xi, yi) in enumerate(self.points):
            xj, yj = self.points[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def scaled(self, factor):
        return Polygon([(x * factor, y * factor) for x, y in self.points])
