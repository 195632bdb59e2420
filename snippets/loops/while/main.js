let count = 3;

while (count > 0) {
  console.log(count);
  count -= 1;
}

console.log("liftoff");
