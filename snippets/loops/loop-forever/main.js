let attempts = 0;

while (true) {
  attempts += 1;
  console.log(`attempt ${attempts}`);
  if (attempts === 3) break;
}
