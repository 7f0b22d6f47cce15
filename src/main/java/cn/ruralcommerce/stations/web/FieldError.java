package cn.ruralcommerce.stations.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One rejected input field and why; imports add the file line or spreadsheet row. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(@Nullable Integer line, @Nullable Integer row, String field, String message) {
    public FieldError(String field, String message) {
        this(null, null, field, message);
    }

    public static FieldError atLine(int line, String field, String message) {
        return new FieldError(line, null, field, message);
    }

    public static FieldError atRow(int row, String field, String message) {
        return new FieldError(null, row, field, message);
    }
}
