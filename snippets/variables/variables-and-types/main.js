const name = "Ada";      // a string
const age = 36;          // a number
const height = 1.65;     // a number too
const learning = true;   // true or false
const nickname = null;   // no value at all

console.log(name);
console.log(age + 1);
console.log(height * 2);
if (learning) console.log("still learning");
console.log(nickname ?? "no nickname");
