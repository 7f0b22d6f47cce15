package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * Which gap a list, export or plan is about: villages beyond the service radius of every counted station
 * (服务半径外的村, geographic) or rural villages without a village service point in them (无村级站点的行政村,
 * administrative). See docs/indicators.md.
 */
public enum GapKind {
    BEYOND_RADIUS("服务半径外的村", "beyond-radius"),
    WITHOUT_STATION("无村级站点的行政村", "without-station");

    private final String label;
    private final String slug;

    GapKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** The Chinese name, used as sheet name and page label. */
    public String label() {
        return label;
    }

    /** The file-name form, e.g. {@code without-station}. */
    public String slug() {
        return slug;
    }

    /**
     * Parses {@code BEYOND_RADIUS}/{@code WITHOUT_STATION} (also {@code beyondRadius}, {@code without-station}, any
     * case); null or blank gives {@code fallback}; anything else is a 400 naming the parameter.
     */
    public static GapKind parse(@Nullable String raw, @Nullable GapKind fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String key = raw.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        for (GapKind kind : values()) {
            if (kind.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return kind;
            }
        }
        throw ApiException.badField("kind", "'" + raw + "' 不是可选的缺口类型：BEYOND_RADIUS（服务半径外的村）或 WITHOUT_STATION（无村级站点的行政村）");
    }
}
