const age = 12;

if (age % 2 === 1) {
  console.log("age is odd");
} else {
  console.log("age is even");
}
