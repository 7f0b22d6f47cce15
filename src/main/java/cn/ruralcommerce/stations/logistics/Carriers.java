package cn.ruralcommerce.stations.logistics;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Carrier brand lists (中国邮政, 顺丰, 中通 ...): stored sorted and ';'-separated, at most 30 characters a name. */
final class Carriers {
    private Carriers() {
    }

    /** Parses "中通;韵达" (separators ; | 、 , ，) into the stored form, or null when empty. */
    static String join(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String part : raw.split("[;|、,，；]")) {
            String name = part.strip();
            if (name.length() > 30) {
                throw new IllegalArgumentException("carrier name '" + name + "' is longer than 30 characters");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(";", names);
    }

    static String join(List<String> names) {
        return names == null ? null : join(String.join(";", names));
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(";"));
    }
}
