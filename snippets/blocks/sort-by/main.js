const words = ["banana", "kiwi", "apple", "fig"];

console.log(words.toSorted().join(", "));
console.log(words.toSorted((a, b) => a.length - b.length).join(", "));
console.log(words.toSorted((a, b) => b.length - a.length).join(", "));
console.log(words.reduce((a, b) => (b.length > a.length ? b : a)));
