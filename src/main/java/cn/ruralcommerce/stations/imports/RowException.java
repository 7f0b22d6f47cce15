package cn.ruralcommerce.stations.imports;

/** A rejected import row (or request field), naming the column; cheap to throw, it carries no stack trace. */
public final class RowException extends RuntimeException {
    private final String field;
    private final String messageEn;

    /** A rejection with its Chinese message only (an English client gets the Chinese text). */
    public RowException(String field, String message) {
        this(field, message, null);
    }

    /** A rejection with its Chinese message and the English one for clients that ask for English. */
    public RowException(String field, String zh, String en) {
        super(zh, null, false, false);
        this.field = field;
        this.messageEn = en;
    }

    /** The English message, or null. */
    public String messageEn() {
        return messageEn;
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
