function validate(user) {
  const errors = [];
  if (!(user.name ?? "").trim()) errors.push("name is required");
  if (!Number.isInteger(user.age)) errors.push("age must be a number");
  if (!(user.email ?? "").includes("@")) errors.push("email needs an @");
  return errors;
}

const users = [
  { name: "Ada", age: 36, email: "ada@example.com" },
  { name: " ", age: "old", email: "nope" },
];

for (const user of users) {
  const errors = validate(user);
  console.log(errors.length === 0 ? "valid" : errors.join("; "));
}
