const age = 70;
const member = true;
const banned = false;

if (age >= 18 && member && !banned) {
  console.log("come in");
}

if (age < 12 || age > 65) {
  console.log("discount");
} else {
  console.log("full price");
}
