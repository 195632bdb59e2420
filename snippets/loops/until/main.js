let balance = 0;

while (balance < 100) {
  balance += 30;
  console.log(balance);
}
