function makeCounter() {
  let count = 0;
  return () => (count += 1);
}

const counter = makeCounter();
counter();
counter();
console.log(counter());
