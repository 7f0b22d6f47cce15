package cn.ruralcommerce.stations.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether a text people see is Chinese: it has Han characters and no English sentence fragment. */
public final class ChineseText {
    /** Three lower-case English words in a row: a sentence fragment such as "is not one of". */
    public static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");
    public static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private ChineseText() {
    }

    public static boolean isChinese(String text) {
        return text != null && HAN.matcher(text).find() && !ENGLISH.matcher(text).find();
    }

    /** The title, detail and field messages of a problem body. */
    public static List<String> texts(Map<?, ?> problem) {
        List<String> texts = new ArrayList<>();
        texts.add(String.valueOf(problem.get("title")));
        texts.add(String.valueOf(problem.get("detail")));
        errors(problem).forEach(e -> texts.add(String.valueOf(e.get("message"))));
        return texts;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<?, ?>> errors(Map<?, ?> problem) {
        Object errors = problem.get("errors");
        return errors instanceof List<?> list ? (List<Map<?, ?>>) list : List.of();
    }

    /** Fails unless every text of the problem+json body is Chinese. */
    public static void assertProblemIsChinese(String body, String what) {
        Map<?, ?> problem = ApiClient.read(body, Map.class);
        for (String text : texts(problem)) {
            assertTrue(isChinese(text), "not Chinese: '" + text + "' in " + what);
        }
    }
}
