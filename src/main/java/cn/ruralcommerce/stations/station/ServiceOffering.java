package cn.ruralcommerce.stations.station;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Services a station offers; parsed from codes or the Chinese names bureaus use. */
public enum ServiceOffering {
    /** 代购: buying online on behalf of villagers. */
    BUYING_AGENT("代购"),
    /** 代销: selling farm produce online on behalf of villagers. */
    SELLING_AGENT("代销"),
    /** 快递收发: parcel pick-up and dispatch. */
    PARCELS("快递收发"),
    /** 代缴代收: bill payment and collection. */
    BILL_PAYMENT("代缴代收"),
    /** 便民服务: convenience services (phone top-up, tickets, ...). */
    CONVENIENCE("便民服务"),
    /** 电商培训: e-commerce training. */
    TRAINING("电商培训"),
    /** 金融服务: rural financial services (cash withdrawal, ...). */
    FINANCE("金融服务");

    private final String chinese;

    ServiceOffering(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static ServiceOffering parse(String value) {
        String wanted = value.strip();
        for (ServiceOffering offering : values()) {
            if (offering.name().equalsIgnoreCase(wanted) || offering.chinese.equals(wanted)) {
                return offering;
            }
        }
        throw new IllegalArgumentException("服务 '" + wanted + "' 不在可选范围：" + java.util.Arrays.toString(values())
                + " 或其中文名称");
    }

    /** Parses a list such as "PARCELS;代购" (separators ; | 、 or ,) into a sorted set of codes. */
    public static Set<String> parseList(String value) {
        Set<String> codes = new TreeSet<>();
        if (value == null || value.isBlank()) {
            return codes;
        }
        for (String part : value.split("[;|、,，；]")) {
            if (!part.isBlank()) {
                codes.add(parse(part).name());
            }
        }
        return codes;
    }

    /** The stored form of a set of codes: sorted, ';'-separated, or null when empty. */
    public static String join(Set<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(";", new TreeSet<>(codes)).toUpperCase(Locale.ROOT);
    }
}
