const scores = [70, 85, 92];
scores.push(60);

console.log(scores.length);
console.log(scores[0]);
console.log(scores.at(-1));
console.log(scores[1]);
console.log(scores.reduce((sum, score) => sum + score, 0));
console.log(`[${scores.toSorted((a, b) => a - b).join(", ")}]`);
console.log(`[${scores.join(", ")}]`);
