package cn.ruralcommerce.stations.imports;

/** A rejected import row (or request field), naming the column; cheap to throw, it carries no stack trace. */
public final class RowException extends RuntimeException {
    private final String field;

    public RowException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Runs a cell parser from {@link Cells}, turning its IllegalArgumentException into a RowException on the field. */
    public static <T> T cell(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RowException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RowException(field, e.getMessage());
        }
    }
}
