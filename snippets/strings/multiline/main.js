const name = "Lin";
const message = `Dear ${name},
your order has shipped.
Thanks!`;

console.log(message);
console.log(message.split("\n").length);
