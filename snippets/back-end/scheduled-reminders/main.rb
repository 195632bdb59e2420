Reminder = Struct.new(:hour, :phone, :message)

reminders = [
  Reminder.new(9, "555-0101", "Your order is being prepared"),
  Reminder.new(8, "555-0199", "Promotion: 10% off on Tuesday"),
  Reminder.new(12, "555-0101", "Your order is on its way"),
]

now = 10
ordered = reminders.sort_by(&:hour)
due, later = ordered.partition { |reminder| reminder.hour <= now }

due.each do |reminder|
  puts "send to #{reminder.phone}: #{reminder.message}"
end
puts "#{later.size} reminder(s) still scheduled"
