from dataclasses import dataclass


@dataclass
class Reminder:
    hour: int
    phone: str
    message: str


reminders = [
    Reminder(9, "555-0101", "Your order is being prepared"),
    Reminder(8, "555-0199", "Promotion: 10% off on Tuesday"),
    Reminder(12, "555-0101", "Your order is on its way"),
]

now = 10
ordered = sorted(reminders, key=lambda reminder: reminder.hour)
due = [reminder for reminder in ordered if reminder.hour <= now]
later = [reminder for reminder in ordered if reminder.hour > now]

for reminder in due:
    print(f"send to {reminder.phone}: {reminder.message}")
print(f"{len(later)} reminder(s) still scheduled")
