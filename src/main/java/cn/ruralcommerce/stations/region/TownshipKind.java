package cn.ruralcommerce.stations.region;

/**
 * The kind of a township-level division (乡级区划) read from the three township digits of its statistical
 * code: 001–099 street office (街道, urban), 100–199 town (镇), 200–399 township (乡); anything else (e.g. a
 * development zone) is {@link #OTHER}.
 */
public enum TownshipKind {
    /** 街道办事处: an urban subdistrict. */
    SUBDISTRICT("街道"),
    /** 镇. */
    TOWN("镇"),
    /** 乡 (incl. 民族乡). */
    TOWNSHIP("乡"),
    /** Codes outside the three ranges. */
    OTHER("其他");

    private final String label;

    TownshipKind(String label) {
        this.label = label;
    }

    /** The Chinese name of the kind. */
    public String label() {
        return label;
    }

    /** Whether 乡镇 indicators count this kind (镇 and 乡; never 街道). */
    public boolean isRuralTownship() {
        return this == TOWN || this == TOWNSHIP;
    }

    /** The kind of a 9-digit township code (or of the township part of a 12-digit village code). */
    public static TownshipKind of(String code) {
        if (code == null || code.length() < 9) {
            throw new IllegalArgumentException("not a township or village code: " + code);
        }
        int digits;
        try {
            digits = Integer.parseInt(code.substring(6, 9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a township or village code: " + code, e);
        }
        if (digits >= 1 && digits <= 99) {
            return SUBDISTRICT;
        }
        if (digits >= 100 && digits <= 199) {
            return TOWN;
        }
        if (digits >= 200 && digits <= 399) {
            return TOWNSHIP;
        }
        return OTHER;
    }
}
