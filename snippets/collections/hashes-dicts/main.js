const ages = { ada: 36, grace: 45 };
ages.linus = 28;

console.log(ages.ada);
console.log(ages.bob ?? 0);
console.log(Object.keys(ages).length);

for (const [name, age] of Object.entries(ages)) {
  console.log(`${name} is ${age}`);
}
