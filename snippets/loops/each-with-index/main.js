const tasks = ["write tests", "fix bug", "deploy"];

tasks.forEach((task, index) => {
  console.log(`${index}: ${task}`);
});

tasks.forEach((task, index) => {
  console.log(`${index + 1}. ${task}`);
});
