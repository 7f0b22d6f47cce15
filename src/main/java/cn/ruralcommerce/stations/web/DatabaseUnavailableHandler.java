package cn.ruralcommerce.stations.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Answers a request that failed because the database is unreachable with 503 problem+json and Retry-After
 * (数据库不可用时返回 503), so clients retry — sales with the same Idempotency-Key are stored once. Any other
 * unexpected failure stays a 500 without internals, as Micronaut's default would render it.
 */
@Produces
@Singleton
public class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    static final String TITLE = "数据库暂不可用";
    static final String DETAIL = "数据库暂时无法连接，请稍后重试（用同一 Idempotency-Key 重发的销售只会记录一次）。";
    static final String TITLE_EN = "Database unavailable";
    static final String DETAIL_EN = "The database is unavailable at the moment; retry the request later"
            + " (a sale retried with the same Idempotency-Key is stored once).";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final ErrorResponseProcessor<?> processor;
    private final long retryAfterSeconds;

    public DatabaseUnavailableHandler(ErrorResponseProcessor<?> processor,
                                      @Value("${app.database-retry-after:5}") long retryAfterSeconds) {
        this.processor = processor;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (!DatabaseOutage.isCause(exception)) {
            LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
            ErrorContext context = ErrorContext.builder(request).cause(exception).build();
            return processor.processResponse(context, HttpResponse.serverError());
        }
        boolean english = Messages.wantsEnglish(request);
        LOG.warn("database unavailable on {} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .contentType(Problem.MEDIA_TYPE)
                .body(english ? new Problem("about:blank", TITLE_EN, HttpStatus.SERVICE_UNAVAILABLE.getCode(), DETAIL_EN,
                        request.getPath(), List.of())
                        : new Problem("about:blank", TITLE, HttpStatus.SERVICE_UNAVAILABLE.getCode(), DETAIL,
                        request.getPath(), List.of()));
    }
}
