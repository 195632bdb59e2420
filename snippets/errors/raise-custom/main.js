class OutOfStockError extends Error {}

function buy(item, stock) {
  if (stock === 0) throw new OutOfStockError(`${item} is sold out`);

  return `bought ${item}`;
}

try {
  console.log(buy("tea", 2));
  console.log(buy("cake", 0));
} catch (error) {
  if (!(error instanceof OutOfStockError)) throw error;
  console.log(`sorry: ${error.message}`);
}
