package cn.ruralcommerce.stations.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Security headers on every response: a Content-Security-Policy that admits only this site's scripts (Leaflet is
 * served from /webjars) and, for the map background, the configured tile server; no framing; no MIME sniffing;
 * the referrer cut to the origin for other sites (a 天地图 key is bound to the site's domain by it). Swagger UI's
 * page carries an inline script and gets that one allowance. Ordered first, so the answers of the security
 * filter (401, 403) get the headers too.
 */
@ServerFilter("/**")
public class SecurityHeadersFilter implements Ordered {
    /** A host (optionally "*." first) and port: nothing that could end the CSP directive or add another. */
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");
    private final String pagePolicy;
    private final String swaggerPolicy;

    public SecurityHeadersFilter(@Value("${app.map.tile-url:}") String tileUrl) {
        String images = "'self' data: blob:" + tileSource(tileUrl).map(s -> " " + s).orElse("");
        String common = "default-src 'self'; img-src " + images + "; connect-src 'self'; font-src 'self' data:;"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        this.pagePolicy = common + "; script-src 'self'; style-src 'self' 'unsafe-inline'";
        this.swaggerPolicy = common + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", request.getPath().startsWith("/swagger-ui/") ? swaggerPolicy : pagePolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /**
     * The CSP source of a Leaflet tile URL template: scheme and host, a host label with a placeholder
     * ("t{s}.tianditu.gov.cn") widened to a wildcard ("*.tianditu.gov.cn"); empty when there is no usable URL.
     */
    static Optional<String> tileSource(String template) {
        if (template == null || template.isBlank()) {
            return Optional.empty();
        }
        int schemeEnd = template.indexOf("://");
        if (schemeEnd <= 0) {
            return Optional.empty();
        }
        String scheme = template.substring(0, schemeEnd).toLowerCase();
        String rest = template.substring(schemeEnd + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String host = rest.substring(0, end);
        int lastPlaceholder = host.lastIndexOf('}');
        if (lastPlaceholder >= 0) {
            int dot = host.indexOf('.', lastPlaceholder);
            if (dot < 0) {
                return Optional.empty();
            }
            host = "*" + host.substring(dot);
        }
        if (!(scheme.equals("https") || scheme.equals("http")) || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + host);
    }
}
