const square = (x) => x * x;
const add = function (a, b) {
  return a + b;
};

console.log(square(4));
console.log(square(5));
console.log(add(2, 3));
