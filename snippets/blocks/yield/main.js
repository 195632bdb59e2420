function twice(action) {
  action();
  action();
}

function applyTo(numbers, transform) {
  return numbers.map((number) => transform(number));
}

twice(() => console.log("hello"));
console.log(`[${applyTo([1, 2, 3], (n) => n * 10).join(", ")}]`);
