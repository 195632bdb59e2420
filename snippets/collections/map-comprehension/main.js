const prices = [10, 25, 40];

const doubled = prices.map((price) => price * 2);
const labels = prices.map((price) => `$${price}`);

console.log(`[${doubled.join(", ")}]`);
console.log(labels.join(", "));
