for (let i = 0; i < 3; i++) {
  console.log("hip hip");
}
console.log("hooray");

for (let n = 1; n <= 3; n++) {
  console.log(`round ${n}`);
}

for (let n = 1; n <= 10; n += 3) console.log(n);
