import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class Main {
    record Reminder(int hour, String phone, String message) {}

    public static void main(String[] args) {
        List<Reminder> reminders = List.of(
                new Reminder(9, "555-0101", "Your order is being prepared"),
                new Reminder(8, "555-0199", "Promotion: 10% off on Tuesday"),
                new Reminder(12, "555-0101", "Your order is on its way"));

        int now = 10;
        List<Reminder> ordered = reminders.stream().sorted(Comparator.comparing(Reminder::hour)).toList();
        Map<Boolean, List<Reminder>> parts = ordered.stream()
                .collect(Collectors.partitioningBy(reminder -> reminder.hour() <= now));
        List<Reminder> due = parts.get(true);
        List<Reminder> later = parts.get(false);

        for (Reminder reminder : due) {
            System.out.println("send to " + reminder.phone() + ": " + reminder.message());
        }
        System.out.println(later.size() + " reminder(s) still scheduled");
    }
}
