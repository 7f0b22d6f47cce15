package cn.ruralcommerce.stations.logistics;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Carrier brand lists (中国邮政, 顺丰, 中通 ...): stored sorted and ';'-separated, at most 30 characters a name
 * and {@value #MAX_STORED} characters together (the column size).
 */
final class Carriers {
    static final int MAX_STORED = 300;
    private static final String SEPARATORS = "[;|、,，；]";

    private Carriers() {
    }

    /** Parses "中通;韵达" (separators ; | 、 , ，) into the stored form, or null when empty. */
    static String join(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String part : raw.split(SEPARATORS)) {
            String name = part.strip();
            if (name.length() > 30) {
                throw new IllegalArgumentException("承运商名称 '" + name + "' 超过 30 字");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        String stored = String.join(";", names);
        if (stored.length() > MAX_STORED) {
            throw new IllegalArgumentException("承运商合计超过 " + MAX_STORED + " 字");
        }
        return names.isEmpty() ? null : stored;
    }

    /** A JSON list: each entry is one name, so a separator inside a name is an error, not a second carrier. */
    static String join(List<String> names) {
        if (names == null) {
            return null;
        }
        for (String name : names) {
            if (name != null && name.split(SEPARATORS, -1).length > 1) {
                throw new IllegalArgumentException("承运商名称 '" + name + "' 含有列表分隔符（; | 、 , ，）");
            }
        }
        return join(String.join(";", names.stream().filter(n -> n != null).toList()));
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(";"));
    }
}
