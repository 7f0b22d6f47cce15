package cn.ruralcommerce.stations.sales;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sales channel (销售渠道), a closed list taken from the policy texts: 网店 on an e-commerce platform, 视频直播,
 * 社交 (微商 / 社区团购), 订单农业 / 集团采购, 线下, 其他. The first three make up online retail (网络零售额), the
 * basis of the 进出比; see docs/indicators.md.
 */
public enum SalesChannel {
    PLATFORM("电商平台网店", true),
    LIVESTREAM("直播电商", true),
    SOCIAL("社交电商/社区团购", true),
    ORDER_FARMING("订单农业/集团采购", false),
    OFFLINE("线下", false),
    OTHER("其他", false);

    /** The channels whose sales are online retail (网络零售). */
    public static final Set<SalesChannel> ONLINE = EnumSet.of(PLATFORM, LIVESTREAM, SOCIAL);

    private final String label;
    private final boolean online;

    SalesChannel(String label, boolean online) {
        this.label = label;
        this.online = online;
    }

    /** The Chinese name shown on pages and in reports. */
    public String label() {
        return label;
    }

    public boolean online() {
        return online;
    }

    /** The channel of a code, case-insensitive; empty when the text is not one of the codes. */
    public static Optional<SalesChannel> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The codes, for messages: "PLATFORM, LIVESTREAM, ...". */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
