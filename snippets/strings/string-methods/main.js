const word = "  Back-End  ";
const clean = word.trim();

console.log(clean.toUpperCase());
console.log(clean.toLowerCase());
console.log(clean.length);
console.log([...clean].reverse().join(""));
console.log(clean.replace("End", "Office"));
console.log(clean.split("-").join(" + "));
if (clean.startsWith("Back")) console.log("starts with Back");
