function describeOrder(item, { quantity = 1, gift = false } = {}) {
  const note = gift ? " (gift)" : "";
  return `${quantity} x ${item}${note}`;
}

console.log(describeOrder("book"));
console.log(describeOrder("pen", { quantity: 3 }));
console.log(describeOrder("mug", { gift: true, quantity: 2 }));
