const fruits = ["apple", "banana", "cherry"];

for (const fruit of fruits) {
  console.log(`I like ${fruit}`);
}

fruits.forEach((fruit) => console.log(fruit.toUpperCase()));
