package cn.ruralcommerce.stations.archive;

/**
 * One column of an archived table. {@code reference} says which shared reference data its values name
 * (a division code, a catalog category code) so a restore can require them. In an optional column an empty
 * cell is SQL NULL; in a required text column it is the empty string.
 */
record ArchiveColumn(String name, ColumnType type, boolean optional, Reference reference) {

    /** Shared (national) data a column may point at: the archive lists the codes, the target must hold them. */
    enum Reference { NONE, REGION, CATEGORY }

    static ArchiveColumn required(String name, ColumnType type) {
        return new ArchiveColumn(name, type, false, Reference.NONE);
    }

    static ArchiveColumn optional(String name, ColumnType type) {
        return new ArchiveColumn(name, type, true, Reference.NONE);
    }

    ArchiveColumn referencing(Reference target) {
        return new ArchiveColumn(name, type, optional, target);
    }

    /** The value of an archive cell, ready to bind (null for an empty optional cell). */
    Object parse(String cell) {
        String text = cell == null ? "" : cell;
        if (text.isEmpty() && (optional || type != ColumnType.TEXT)) {
            if (!optional) {
                throw new IllegalArgumentException("必填");
            }
            return null;
        }
        return type.parse(text);
    }
}
