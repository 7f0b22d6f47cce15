package cn.ruralcommerce.stations.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders every error response of the service as application/problem+json, in Chinese unless the client asks
 * for English ({@link Messages#wantsEnglish}); field names stay codes in {@code errors[].field}.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {
    static final String UNREADABLE = "值的格式不正确";
    static final String UNREADABLE_EN = "the value has the wrong format";

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        boolean en = Messages.wantsEnglish(context.getRequest());
        int code = response.getStatus().getCode();
        String reason = response.getStatus().getReason();
        String title = Messages.title(code, reason, en);
        String path = context.getRequest().getPath();
        if (context.getRootCause().orElse(null) instanceof ApiException api && code < 500) {
            List<FieldError> errors = en ? api.errors().stream().map(FieldError::inEnglish).toList() : api.errors();
            return new Problem("about:blank", title, code, en ? api.englishMessage() : api.getMessage(), path, errors);
        }
        if (code >= 500) {
            // never echo internals (SQL, class names) to the client; the server log has the cause
            return new Problem("about:blank", title, code, Messages.detail(code, reason, en), path, List.of());
        }
        if (context.getRootCause().orElse(null) instanceof ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldName(v.getPropertyPath().toString()), chinese(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .map(e -> en ? e.inEnglish() : e)
                    .toList();
            return new Problem("about:blank", title, code, join(errors), path, errors);
        }
        if (code == 400) {
            // the framework's own words (conversion errors, Jackson and Java type names) stay in the server log
            List<FieldError> errors = context.getErrors().stream()
                    .map(e -> new FieldError(e.getPath().map(ProblemBodyProvider::fieldName).orElse("body"),
                            en ? UNREADABLE_EN : UNREADABLE))
                    .distinct()
                    .toList();
            String detail = !errors.isEmpty() ? join(errors) : en ? "the request could not be read; check its format" : "请求无法读取，请检查格式";
            return new Problem("about:blank", title, 400, detail, path,
                    errors.isEmpty() ? List.of(new FieldError("body", en ? UNREADABLE_EN : UNREADABLE)) : errors);
        }
        // 401, 403, 404, 405, 406, 413, 415 …: the framework's English message stays in the log
        String detail = Messages.detail(code, reason, en);
        List<FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(fieldName(e.getPath().get()), detail))
                .toList();
        return new Problem("about:blank", title, code, detail, path, errors);
    }

    private static String join(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("NotNull", "必填"), Map.entry("NotBlank", "必填，不能为空白"), Map.entry("NotEmpty", "必填，不能为空"),
            Map.entry("Size", "长度或个数超出允许范围"), Map.entry("Min", "数值太小"), Map.entry("Max", "数值太大"),
            Map.entry("DecimalMin", "数值太小"), Map.entry("DecimalMax", "数值太大"), Map.entry("Positive", "须为正数"),
            Map.entry("PositiveOrZero", "不能为负数"), Map.entry("Pattern", "格式不正确"), Map.entry("Email", "不是有效的电子邮件地址"),
            Map.entry("Past", "须为过去的日期"), Map.entry("PastOrPresent", "不能晚于今天"), Map.entry("Digits", "位数不正确"));

    /** A constraint's own message when it is Chinese already, else the Chinese text of its kind with the limits. */
    private static String chinese(ConstraintViolation<?> v) {
        String message = v.getMessage();
        if (message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return message;
        }
        var annotation = v.getConstraintDescriptor() == null ? null : v.getConstraintDescriptor().getAnnotation();
        String kind = annotation == null ? "" : annotation.annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor() == null ? Map.of() : v.getConstraintDescriptor().getAttributes();
        String limits = switch (kind) {
            case "Size" -> "（" + attributes.get("min") + " 至 " + attributes.get("max") + "）";
            case "Min", "Max", "DecimalMin", "DecimalMax" -> "（界限 " + attributes.get("value") + "）";
            default -> "";
        };
        return CONSTRAINTS.getOrDefault(kind, "取值不符合要求") + limits;
    }

    /** Validation paths look like "create.request.operator.phone": keep the part after the argument name. */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
}
