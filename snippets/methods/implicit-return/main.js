function square(number) {
  return number * number;
}

function sign(number) {
  if (number === 0) return "zero";

  return number > 0 ? "positive" : "negative";
}

console.log(square(6));
console.log(sign(0));
console.log(sign(-3));
