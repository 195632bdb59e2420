const users = [
  { name: "Ada", role: "admin" },
  { name: "Bob", role: "guest" },
  { name: "Cy", role: "admin" },
];

const admins = users.filter((user) => user.role === "admin").map((user) => user.name);
console.log(admins.join(", "));

const byRole = {};
for (const user of users) {
  (byRole[user.role] ??= []).push(user);
}
for (const [role, members] of Object.entries(byRole)) {
  console.log(`${role}: ${members.length}`);
}
