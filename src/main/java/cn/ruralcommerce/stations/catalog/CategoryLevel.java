package cn.ruralcommerce.stations.catalog;

/** Level in the three-level "528" taxonomy (大/中/小品类): LARGE under nothing, MEDIUM under LARGE, SMALL under MEDIUM. */
public enum CategoryLevel {
    LARGE, MEDIUM, SMALL;

    /** The level a parent must have, or null for LARGE. */
    public CategoryLevel parent() {
        return switch (this) {
            case LARGE -> null;
            case MEDIUM -> LARGE;
            case SMALL -> MEDIUM;
        };
    }
}
