function minMax(numbers) {
  return [Math.min(...numbers), Math.max(...numbers)];
}

const [low, high] = minMax([7, 2, 9, 4]);
console.log(low);
console.log(high);
