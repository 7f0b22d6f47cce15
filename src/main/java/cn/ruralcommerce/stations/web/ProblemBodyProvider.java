package cn.ruralcommerce.stations.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/** Renders every error response of the service as application/problem+json. */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {
    static final String UNREADABLE = "值的格式不正确";

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        if (context.getRootCause().orElse(null) instanceof ApiException api && !api.errors().isEmpty()) {
            return new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                    api.getMessage(), context.getRequest().getPath(), api.errors());
        }
        if (response.getStatus().getCode() >= 500) {
            // never echo internals (SQL, class names) to the client; the server log has the cause
            return new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                    response.getStatus().getReason(), context.getRequest().getPath(), List.of());
        }
        if (context.getRootCause().orElse(null) instanceof ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            return new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                    detail, context.getRequest().getPath(), errors);
        }
        if (response.getStatus().getCode() == 400) {
            // the framework's own words (conversion errors, Jackson and Java type names) stay in the server log
            List<FieldError> errors = context.getErrors().stream()
                    .map(e -> new FieldError(e.getPath().map(ProblemBodyProvider::fieldName).orElse("body"), UNREADABLE))
                    .distinct()
                    .toList();
            String detail = errors.isEmpty() ? "请求无法读取，请检查格式"
                    : String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            return new Problem("about:blank", response.getStatus().getReason(), 400, detail, context.getRequest().getPath(),
                    errors.isEmpty() ? List.of(new FieldError("body", UNREADABLE)) : errors);
        }
        List<FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(fieldName(e.getPath().get()), e.getMessage()))
                .toList();
        String detail = context.getErrors().isEmpty() ? response.getStatus().getReason() : detail(context.getErrors());
        return new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                detail, context.getRequest().getPath(), errors);
    }

    private static String detail(List<Error> errors) {
        return String.join("; ", errors.stream()
                .map(e -> e.getPath().map(p -> fieldName(p) + ": ").orElse("") + e.getMessage())
                .toList());
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
