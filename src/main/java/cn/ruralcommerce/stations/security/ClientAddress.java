package cn.ruralcommerce.stations.security;

import io.micronaut.http.HttpRequest;

/** The client's network address as the server saw it (proxies are not trusted for this). */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpRequest<?> request) {
        return request == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
