const temperature = 31;
const raining = false;

if (temperature > 30) console.log("it is hot");
if (!raining) console.log("no umbrella needed");

let count = 0;
while (count < 5) count += 1;
console.log(count);
