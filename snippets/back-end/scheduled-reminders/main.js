const reminders = [
  { hour: 9, phone: "555-0101", message: "Your order is being prepared" },
  { hour: 8, phone: "555-0199", message: "Promotion: 10% off on Tuesday" },
  { hour: 12, phone: "555-0101", message: "Your order is on its way" },
];

const now = 10;
const ordered = reminders.toSorted((a, b) => a.hour - b.hour);
const due = ordered.filter((reminder) => reminder.hour <= now);
const later = ordered.filter((reminder) => reminder.hour > now);

for (const reminder of due) {
  console.log(`send to ${reminder.phone}: ${reminder.message}`);
}
console.log(`${later.length} reminder(s) still scheduled`);
