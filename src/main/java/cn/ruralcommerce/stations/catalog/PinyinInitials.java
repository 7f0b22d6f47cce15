package cn.ruralcommerce.stations.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;

/** Upper-case pinyin initials of a Chinese name (拼音首字母) for search, e.g. 榨菜 → ZC; other letters and digits are kept. */
public final class PinyinInitials {
    private PinyinInitials() {
    }

    /** The initials; a polyphonic character takes its first listed reading. */
    public static String of(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                out.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
