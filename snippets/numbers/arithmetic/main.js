console.log(7 + 2);
console.log(7 - 2);
console.log(7 * 2);
console.log(Math.floor(7 / 2)); // round down for an integer
console.log(7 % 2);
console.log(7 ** 2);
console.log(7 / 2);             // / always divides exactly
