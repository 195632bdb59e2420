class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  toString() {
    return `(${this.x}, ${this.y})`;
  }
}

const point = new Point(2, 3);
console.log(String(point));
console.log(`The point is ${point}`);
