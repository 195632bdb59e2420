class ZeroDivisionError extends Error {}

function divide(a, b) {
  if (b === 0) throw new ZeroDivisionError("divided by 0");
  return Math.trunc(a / b);
}

try {
  console.log(BigInt("12a"));
} catch (error) {
  if (!(error instanceof SyntaxError)) throw error;
  console.log("not a number");
}

try {
  console.log(divide(10, 0));
} catch (error) {
  console.log(`caught ${error.constructor.name}`);
}
