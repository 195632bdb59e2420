const stock = 0;
const label = stock > 0 ? "in stock" : "sold out";
console.log(label);

const count = 1;
console.log(`${count} ${count === 1 ? "item" : "items"}`);
