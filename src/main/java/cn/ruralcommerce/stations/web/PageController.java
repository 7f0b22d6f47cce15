package cn.ruralcommerce.stations.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the browser pages (login, map, planner, stations, operator, dashboard, report) from {@code classpath:public}. */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class PageController {
    private static final String NO_STORE = "no-cache";
    private final ResourceResolver resources;

    public PageController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> login() {
        return page("index.html");
    }

    @Get("/map")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> map() {
        return page("map.html");
    }

    @Get("/planner")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> planner() {
        return page("planner.html");
    }

    @Get("/stations")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> stations() {
        return page("stations.html");
    }

    @Get("/operator")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> operator() {
        return page("operator.html");
    }

    @Get("/dashboard")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> dashboard() {
        return page("dashboard.html");
    }

    /** The printable yearly development report (年度发展报告); its data is fetched with the caller's token. */
    @Get("/report")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> report() {
        return page("report.html");
    }

    /** The offline service worker, served at the root so that its scope covers every page. */
    @Get("/sw.js")
    @Produces("text/javascript")
    public HttpResponse<byte[]> serviceWorker() {
        return page("sw.js");
    }

    /** Browsers ask for it on every page; answering keeps their consoles free of 401 errors. */
    @Get("/favicon.ico")
    @Produces("image/svg+xml")
    public HttpResponse<byte[]> favicon() {
        return page("favicon.svg");
    }

    private HttpResponse<byte[]> page(String name) {
        return HttpResponse.ok(read(name)).header("Cache-Control", NO_STORE);
    }

    private byte[] read(String name) {
        try (InputStream in = resources.getResourceAsStream("classpath:public/" + name)
                .orElseThrow(() -> new IllegalStateException("missing page " + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
