package cn.ruralcommerce.stations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;

/**
 * Boolean query parameters must say true or false: the binder reads anything else ("maybe", "ture", "1") as
 * false, so {@code ?dryRun=ture} on an import wrote the file. Such a value is a 400 naming the parameter.
 */
@ServerFilter("/api/**")
public class BooleanParamsFilter {
    private final ApiExceptionHandler errors;

    public BooleanParamsFilter(ApiExceptionHandler errors) {
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        var match = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(match instanceof MethodBasedRouteMatch<?, ?> method)) {
            return null;
        }
        for (Argument<?> argument : method.getArguments()) {
            Class<?> type = argument.getType();
            if ((type == boolean.class || type == Boolean.class) && argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = argument.getAnnotationMetadata().stringValue(QueryValue.class).orElse(argument.getName());
                for (String value : request.getParameters().getAll(name)) {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        return errors.handle(request, ApiException.badField(name, "'" + value + "' 须为 true 或 false", "'" + value + "' is not true or false"));
                    }
                }
            }
        }
        return null;
    }
}
