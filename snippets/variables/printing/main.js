console.log("Hello");
console.log(["one", "two"].join("\n"));
process.stdout.write("no newline, ");
process.stdout.write("then one\n");
console.log(JSON.stringify(42));
console.log(JSON.stringify([1, 2, 3]).replaceAll(",", ", "));
