package cn.ruralcommerce.stations.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of error texts (错误信息语言): Chinese for people, English only when the client asks for it with
 * {@code Accept-Language} preferring {@code en}; also the Chinese and English title and default detail per status.
 */
public final class Messages {
    private record Texts(String titleZh, String detailZh) {
    }

    private static final Map<Integer, Texts> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Texts("请求有误", "请求无法处理，请检查填写的内容")),
            Map.entry(401, new Texts("未登录", "请先登录（登录凭证缺失、无效或已过期）")),
            Map.entry(403, new Texts("无权访问", "您的账号无权进行此操作或查看此内容")),
            Map.entry(404, new Texts("未找到", "所请求的地址或内容不存在")),
            Map.entry(405, new Texts("不支持的操作", "此地址不支持该请求方法")),
            Map.entry(406, new Texts("格式不可用", "无法以所要求的格式答复")),
            Map.entry(409, new Texts("数据冲突", "与已有数据冲突")),
            Map.entry(413, new Texts("内容过大", "请求内容过大")),
            Map.entry(415, new Texts("格式不支持", "请求体的格式不受支持")),
            Map.entry(422, new Texts("无法处理", "请求内容无法处理")),
            Map.entry(429, new Texts("请求过多", "请求过多，请稍后再试")),
            Map.entry(500, new Texts("服务器内部错误", "服务器出错，请稍后重试；如果问题持续，请联系管理员")),
            Map.entry(503, new Texts("服务暂不可用", "服务暂时不可用，请稍后重试")));

    private Messages() {
    }

    /** True when the request's Accept-Language ranks English above Chinese (no header: Chinese). */
    public static boolean wantsEnglish(HttpRequest<?> request) {
        String header = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            List<String> ranked = Locale.filterTags(Locale.LanguageRange.parse(header), List.of("zh", "en"));
            return !ranked.isEmpty() && ranked.get(0).equals("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The title of a status in the request's language. */
    public static String title(int status, String reason, boolean english) {
        Texts texts = BY_STATUS.get(status);
        return english || texts == null ? reason : texts.titleZh();
    }

    /** The default detail of a status in the request's language. */
    public static String detail(int status, String reason, boolean english) {
        Texts texts = BY_STATUS.get(status);
        if (texts == null) {
            return english ? reason : status >= 500 ? BY_STATUS.get(500).detailZh() : BY_STATUS.get(400).detailZh();
        }
        return english ? reason : texts.detailZh();
    }
}
