const numbers = [3, -1, 4, 0, 5, 9];

for (const number of numbers) {
  if (number < 0) continue;
  if (number === 0) break;

  console.log(number);
}
