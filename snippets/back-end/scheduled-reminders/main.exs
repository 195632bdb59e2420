defmodule Reminder do
  defstruct [:hour, :phone, :message]

  def new(hour, phone, message), do: %Reminder{hour: hour, phone: phone, message: message}
end

reminders = [
  Reminder.new(9, "555-0101", "Your order is being prepared"),
  Reminder.new(8, "555-0199", "Promotion: 10% off on Tuesday"),
  Reminder.new(12, "555-0101", "Your order is on its way")
]

now = 10
ordered = Enum.sort_by(reminders, & &1.hour)
{due, later} = Enum.split_with(ordered, fn reminder -> reminder.hour <= now end)

Enum.each(due, fn reminder ->
  IO.puts("send to #{reminder.phone}: #{reminder.message}")
end)

IO.puts("#{length(later)} reminder(s) still scheduled")
