package cn.ruralcommerce.stations.region;

/** Administrative levels with the number of significant digits of their statistical codes. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level one above, or null for a province. */
    public RegionLevel parent() {
        return this == PROVINCE ? null : values()[ordinal() - 1];
    }

    public static RegionLevel ofCodeLength(int length) {
        for (RegionLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        return null;
    }
}
