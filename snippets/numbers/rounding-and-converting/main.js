const price = 19.987;
const count = 3;

console.log(Math.round(price * 100) / 100);
console.log(Math.floor(price));
console.log(Math.ceil(price));
console.log(price.toFixed(1));
console.log(Math.round(price * count * 100) / 100);
console.log(Math.floor(1_000_000 / count));
console.log(Number.parseInt("42") + 1);
console.log((Number.parseFloat("2.5") * 2).toFixed(1));
