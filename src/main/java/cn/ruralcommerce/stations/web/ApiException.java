package cn.ruralcommerce.stations.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A failure the client can act on: carries the HTTP status and, for bad input, the offending fields. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String message, List<FieldError> errors) {
        this(status, message, errors, null);
    }

    private ApiException(HttpStatus status, String message, List<FieldError> errors, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds the client is told to wait (Retry-After), or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 400 for one field: the message names the field. */
    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 400 for several fields at once. */
    public static ApiException badFields(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input");
        return new ApiException(HttpStatus.BAD_REQUEST, detail, errors);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " " + id + " not found", List.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
    }

    /** 429 with Retry-After: the caller has too much work waiting; the message is for people (Chinese). */
    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, message, List.of(), retryAfterSeconds);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message, List.of());
    }
}
