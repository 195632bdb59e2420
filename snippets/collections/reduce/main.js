const prices = [12, 30, 8];

const total = prices.reduce((sum, price) => sum + price, 0);
const product = prices.reduce((acc, price) => acc * price, 1);
const longest = ["tea", "coffee", "water"].reduce((a, b) => (b.length > a.length ? b : a));

console.log(total);
console.log(product);
console.log(longest);
