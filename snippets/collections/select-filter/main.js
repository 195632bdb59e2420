const numbers = [1, 2, 3, 4, 5, 6];

const evens = numbers.filter((n) => n % 2 === 0);
const big = numbers.filter((n) => n >= 4);
const firstBig = numbers.find((n) => n > 4);

console.log(`[${evens.join(", ")}]`);
console.log(`[${big.join(", ")}]`);
console.log(firstBig);
console.log(numbers.filter((n) => n % 2 === 1).length);
