package cn.ruralcommerce.stations.web;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on: carries the HTTP status, a Chinese message for people and the English one
 * sent instead when the client asks for English ({@link Messages}), and, for bad input, the offending fields.
 */
public class ApiException extends RuntimeException {
    /** Chinese names of the things {@link #notFound} reports (message keys stay English in code). */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("county", "区县"), Map.entry("category", "品类"), Map.entry("brand", "品牌"),
            Map.entry("sale", "销售记录"), Map.entry("region", "行政区划"), Map.entry("boundary of region", "行政区划边界"),
            Map.entry("user", "用户"), Map.entry("station", "站点"), Map.entry("report job", "报告任务"),
            Map.entry("household", "农户"), Map.entry("logistics node", "物流节点"));

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;
    private final String messageEn;

    public ApiException(HttpStatus status, String message, List<FieldError> errors) {
        this(status, message, null, errors, null);
    }

    /** A failure with its Chinese message and the English one. */
    public ApiException(HttpStatus status, String zh, String en, List<FieldError> errors) {
        this(status, zh, en, errors, null);
    }

    private ApiException(HttpStatus status, String message, String messageEn, List<FieldError> errors, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.messageEn = messageEn;
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

    /** The English message, or, where none was given, one built from the fields' English messages or the Chinese one. */
    public String englishMessage() {
        if (messageEn != null) {
            return messageEn;
        }
        if (!errors.isEmpty()) {
            return join(errors.stream().map(FieldError::inEnglish).toList(), ": ");
        }
        return getMessage();
    }

    private static String join(List<FieldError> errors, String separator) {
        return errors.stream().map(e -> e.field() + separator + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** 400 for one field, Chinese only (the English answer repeats it). */
    public static ApiException badField(String field, String message) {
        return badFields(List.of(new FieldError(field, message)));
    }

    /** 400 for one field with its Chinese and English message. */
    public static ApiException badField(String field, String zh, String en) {
        return badFields(List.of(new FieldError(field, zh, en)));
    }

    /** 400 for several fields at once. */
    public static ApiException badFields(List<FieldError> errors) {
        String detail = errors.isEmpty() ? "请求有误" : join(errors, ": ");
        return new ApiException(HttpStatus.BAD_REQUEST, detail, null, errors, null);
    }

    /** 404 for a thing (an English key such as "station", named in Chinese by {@link #NOUNS}) and its id. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, NOUNS.getOrDefault(what, what) + " " + id + " 不存在",
                what + " " + id + " not found", List.of(), null);
    }

    public static ApiException forbidden(String zh, String en) {
        return new ApiException(HttpStatus.FORBIDDEN, zh, en, List.of(), null);
    }

    /** 429 with Retry-After: the caller has too much work waiting. */
    public static ApiException tooManyRequests(String zh, String en, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, zh, en, List.of(), retryAfterSeconds);
    }

    public static ApiException conflict(String zh, String en) {
        return new ApiException(HttpStatus.CONFLICT, zh, en, List.of(), null);
    }
}
