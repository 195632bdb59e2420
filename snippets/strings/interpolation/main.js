const name = "Grace";
const count = 3;

console.log(`Hello, ${name}!`);
console.log(`${name} has ${count * 2} ideas`);
console.log('Hello, ' + name + '!');
console.log("Total: " + count);
