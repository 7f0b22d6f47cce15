package cn.ruralcommerce.stations.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The indicator definitions (统计口径) as a page, {@code /indicators}, whose sections the pages and the report link to
 * by anchor, and as {@code /indicators.json} (anchor → title, tooltip) for the pages' tooltips. Public like the other pages:
 * definitions hold no data.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class IndicatorPageController {
    private final IndicatorDocs docs;

    public IndicatorPageController(IndicatorDocs docs) {
        this.docs = docs;
    }

    @Get("/indicators")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> page() {
        String html = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>指标定义（统计口径） · 农村电商服务站点管理</title>\n"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"/static/css/style.css\">\n</head>\n<body>\n"
                + "<main class=\"page indicators\"><p><a href=\"/dashboard\">← 返回看板</a></p>\n"
                + "<section class=\"card\">\n" + docs.html() + "</section>\n</main>\n</body>\n</html>\n";
        return HttpResponse.ok(html.getBytes(StandardCharsets.UTF_8)).header("Cache-Control", "no-cache");
    }

    @Get("/indicators.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, IndicatorDocs.Entry> index() {
        return docs.entries();
    }
}
