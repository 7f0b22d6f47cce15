package cn.ruralcommerce.stations.archive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The shared division and category codes an archive's rows name, each with the first place that names it. */
final class ArchiveReferences {
    /** Where a code is first referenced: file, line (0 when unknown) and column. */
    record Place(String file, int line, String column) {
    }

    private final Map<String, Place> regions = new TreeMap<>();
    private final Map<String, Place> categories = new TreeMap<>();

    /** Records the references of one row given as cell texts in column order. */
    void add(ArchiveTable table, List<String> cells, int line) {
        for (int c = 0; c < table.columns().size(); c++) {
            ArchiveColumn column = table.columns().get(c);
            Map<String, Place> target = switch (column.reference()) {
                case REGION -> regions;
                case CATEGORY -> categories;
                case NONE -> null;
            };
            String code = cells.get(c);
            if (target != null && code != null && !code.isEmpty()) {
                target.putIfAbsent(code, new Place(table.file(), line, column.name()));
            }
        }
    }

    Map<String, Place> regions() {
        return regions;
    }

    Map<String, Place> categories() {
        return categories;
    }

    Set<String> regionCodes() {
        return regions.keySet();
    }

    Set<String> categoryCodes() {
        return categories.keySet();
    }
}
