package cn.ruralcommerce.stations.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One rejected input field and why; imports add the file line or spreadsheet row. {@code message} is Chinese
 * (for people); {@code messageEn} is the English text sent instead when the client asks for English
 * ({@code Accept-Language: en}, see {@link Messages}); it is never serialised itself.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(@Nullable Integer line, @Nullable Integer row, String field, String message,
                         @JsonIgnore @Nullable String messageEn) {
    public FieldError(@Nullable Integer line, @Nullable Integer row, String field, String message) {
        this(line, row, field, message, null);
    }

    public FieldError(String field, String message) {
        this(null, null, field, message, null);
    }

    /** A field error with its Chinese message and the English one for clients that ask for English. */
    public FieldError(String field, String zh, String en) {
        this(null, null, field, zh, en);
    }

    public static FieldError atLine(int line, String field, String message) {
        return new FieldError(line, null, field, message, null);
    }

    public static FieldError atLine(int line, String field, String zh, String en) {
        return new FieldError(line, null, field, zh, en);
    }

    public static FieldError atRow(int row, String field, String message) {
        return new FieldError(null, row, field, message, null);
    }

    public static FieldError atRow(int row, String field, String zh, String en) {
        return new FieldError(null, row, field, zh, en);
    }

    /** The same error at another place (line/row), keeping both languages. */
    public FieldError at(@Nullable Integer atLine, @Nullable Integer atRow, String atField) {
        return new FieldError(atLine, atRow, atField, message, messageEn);
    }

    /** This error as shown to a client that asked for English (the Chinese text where no English exists). */
    public FieldError inEnglish() {
        return new FieldError(line, row, field, messageEn == null ? message : messageEn, null);
    }
}
