import java.util.LinkedHashMap;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> ages = new LinkedHashMap<>();
        ages.put("ada", 36);
        ages.put("grace", 45);
        ages.put("linus", 28);

        System.out.println(ages.get("ada"));
        System.out.println(ages.getOrDefault("bob", 0));
        System.out.println(ages.size());

        ages.forEach((name, age) -> System.out.println(name + " is " + age));
    }
}
