function add(num1, num2) {
  return num1 + num2;
}

const total = add(4, 5);
console.log(total);
console.log(add(0, 3));
console.log(add(4, -9));
console.log(add(12, 13));
