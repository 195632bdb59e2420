const PERMISSIONS = Object.freeze({
  student: ["view_grades"],
  teacher: ["view_grades", "enter_grades", "chat"],
  parent: ["view_grades", "chat"],
});

function isAllowed(role, action) {
  return (PERMISSIONS[role] ?? []).includes(action);
}

const requests = [
  ["student", "enter_grades"],
  ["teacher", "enter_grades"],
  ["parent", "chat"],
  ["guest", "view_grades"],
];

for (const [role, action] of requests) {
  const verdict = isAllowed(role, action) ? "may" : "may not";
  console.log(`${role} ${verdict} ${action}`);
}
