package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.web.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/** Refuses login attempts from an address with too many recent failures: 429 with Retry-After. */
@ServerFilter("/login")
public class LoginThrottleFilter {
    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @RequestFilter
    @io.micronaut.core.annotation.Nullable
    public MutableHttpResponse<?> check(HttpRequest<?> request) {
        String address = ClientAddress.of(request);
        if (!throttle.addressBlocked(address)) {
            return null;
        }
        Problem problem = new Problem("about:blank", "Too Many Requests", 429,
                "too many failed logins from this address; try again later", request.getPath(), List.of());
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(throttle.retryAfterSeconds(address)))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
