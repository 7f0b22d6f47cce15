package cn.ruralcommerce.stations.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a JSON body strictly against the request record it will be bound to, before the lenient binder
 * coerces it: one document and nothing after it, no duplicate keys, no unknown fields, strings where the record
 * has text (never a number, boolean or one-element array), whole numbers in range for integers, finite numbers,
 * real dates between {@link #EARLIEST} and {@link #LATEST}, no control characters in text. Each violation is a
 * 400 naming the field by its path ({@code operator.phone}, {@code add[0].lon}).
 */
public final class JsonShape {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** Longest number text accepted (digits, sign, point, exponent): no field needs more. */
    static final int MAX_NUMBER_CHARS = 40;
    /** Largest decimal exponent accepted, either way: 1e-999999999 would cost seconds and gigabytes to print. */
    static final int MAX_EXPONENT = 30;
    /** Numbers are parsed lazily and bounded here, so the parser's own limit must not cut in first (it names no field). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    /** Record components by name, per record class: Class.getRecordComponents() copies and re-reads them on every call. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c);
            }
            return Map.copyOf(byName);
        }
    };

    private JsonShape() {
    }

    /** Throws a 400 {@link ApiException} naming the first field that does not fit {@code type}. */
    public static void check(byte[] body, Class<?> type) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ApiException.badField("body", "请求体为空，需要一个 JSON 对象");
            }
            if (first != JsonToken.START_OBJECT) {
                throw ApiException.badField("body", "须为 JSON 对象");
            }
            value(parser, type, type, "");
            if (parser.nextToken() != null) {
                throw ApiException.badField("body", "JSON 对象之后还有多余内容");
            }
        } catch (JsonParseException e) {
            boolean duplicate = e.getOriginalMessage().contains("Duplicate field");
            String where = "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
            throw duplicate ? ApiException.badField(duplicate(e), "字段重复出现" + where)
                    : ApiException.badField("body", "不是有效的 JSON" + where);
        } catch (IOException e) {
            throw ApiException.badField("body", "无法读取请求体");
        }
    }

    private static String duplicate(JsonParseException e) {
        String message = e.getOriginalMessage();
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return start >= 0 && end > start ? message.substring(start + 1, end) : "body";
    }

    private static void value(JsonParser p, Class<?> raw, Type generic, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw ApiException.badField(path, "必填");
            }
            return;
        }
        if (raw == String.class) {
            text(p, token, path);
        } else if (raw.isEnum()) {
            text(p, token, path);
            String name = p.getText();
            boolean known = Arrays.stream(raw.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(name));
            expect(known, path, "取值须为 " + Arrays.toString(raw.getEnumConstants()) + " 之一");
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            whole(p, token, path, raw == Long.class || raw == long.class);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class || raw == BigDecimal.class) {
            number(p, token, path, raw == BigDecimal.class);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, path, "须为 true 或 false");
        } else if (raw == LocalDate.class) {
            date(p, token, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(p, token, generic, path);
        } else if (raw.isRecord()) {
            expect(token == JsonToken.START_OBJECT, path, "须为 JSON 对象");
            object(p, raw, path);
        } else if (path.isEmpty() && token == JsonToken.START_OBJECT) {
            textProperties(p, raw);
        } else {
            p.skipChildren();
        }
    }

    private static void object(JsonParser p, Class<?> record, String path) throws IOException {
        String prefix = path.isEmpty() ? "" : path + ".";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            RecordComponent component = component(record, name);
            if (component == null) {
                throw ApiException.badField(prefix + name, "不是可识别的字段");
            }
            p.nextToken();
            value(p, component.getType(), component.getGenericType(), prefix + name);
        }
    }

    /** A framework body class (the login credentials): its String properties must be JSON strings. */
    private static void textProperties(JsonParser p, Class<?> type) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (getter(type, name) == null) {
                throw ApiException.badField(name, "不是可识别的字段");
            }
            if (p.currentToken() != JsonToken.VALUE_NULL && getter(type, name) == String.class) {
                text(p, p.currentToken(), name);
            } else {
                p.skipChildren();
            }
        }
    }

    private static Class<?> getter(Class<?> type, String name) {
        try {
            return type.getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)).getReturnType();
        } catch (NoSuchMethodException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static RecordComponent component(Class<?> record, String name) {
        return COMPONENTS.get(record).get(name);
    }

    private static void array(JsonParser p, JsonToken token, Type generic, String path) throws IOException {
        expect(token == JsonToken.START_ARRAY, path, "须为 JSON 数组");
        Type element = generic instanceof ParameterizedType t ? t.getActualTypeArguments()[0] : Object.class;
        Class<?> raw = element instanceof Class<?> c ? c : element instanceof ParameterizedType t ? (Class<?>) t.getRawType() : Object.class;
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            value(p, raw, element, path + "[" + i++ + "]");
        }
    }

    private static void text(JsonParser p, JsonToken token, String path) throws IOException {
        expect(token == JsonToken.VALUE_STRING, path, "须为 JSON 字符串");
        String text = p.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw ApiException.badField(path, "含有控制字符 (U+" + String.format("%04X", (int) c) + ")");
            }
            // a lone surrogate is no character: MariaDB would store '?' while the answer echoed it
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badField(path, "含有不成对的代理字符 (U+" + String.format("%04X", (int) c) + ")，不是有效文字");
            }
        }
    }

    private static void whole(JsonParser p, JsonToken token, String path, boolean isLong) throws IOException {
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, path, "须为整数");
        String limit = "超出范围（最大 " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE) + "）";
        expect(p.getTextLength() <= MAX_NUMBER_CHARS, path, limit);
        expect(token == JsonToken.VALUE_NUMBER_INT, path, "须为整数");
        JsonParser.NumberType type = p.getNumberType();
        boolean fits = type == JsonParser.NumberType.INT || isLong && type == JsonParser.NumberType.LONG;
        expect(fits, path, limit);
    }

    private static void number(JsonParser p, JsonToken token, String path, boolean decimal) throws IOException {
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, path, "须为数字");
        // bound the text and the exponent before anything parses or prints the number
        expect(p.getTextLength() <= MAX_NUMBER_CHARS && Math.abs(exponent(p.getText())) <= MAX_EXPONENT, path,
                "数字过长或指数过大（至多 " + MAX_NUMBER_CHARS + " 个字符，指数绝对值至多 " + MAX_EXPONENT + "）");
        if (!decimal) {
            expect(Double.isFinite(p.getDoubleValue()), path, "不是有限的数字");
        } else {
            expect(p.getDecimalValue().abs().compareTo(BigDecimal.TEN.pow(18)) < 0, path, "超出范围");
        }
    }

    private static void date(JsonParser p, JsonToken token, String path) throws IOException {
        expect(token == JsonToken.VALUE_STRING, path, "须为日期字符串（YYYY-MM-DD）");
        try {
            LocalDate date = LocalDate.parse(p.getText());
            expect(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), path, "须在 " + EARLIEST + " 至 " + LATEST + " 之间");
        } catch (DateTimeParseException e) {
            throw ApiException.badField(path, "不是有效日期（YYYY-MM-DD）");
        }
    }

    /** The exponent written in a JSON number's text ("1.5e-7" → -7), 0 without one; saturates instead of overflowing. */
    static long exponent(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return 0;
        }
        int i = e + 1;
        boolean negative = i < number.length() && number.charAt(i) == '-';
        if (i < number.length() && (number.charAt(i) == '-' || number.charAt(i) == '+')) {
            i++;
        }
        long value = 0;
        for (; i < number.length() && value < Integer.MAX_VALUE; i++) {
            value = value * 10 + (number.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    private static void expect(boolean ok, String path, String message) {
        if (!ok) {
            throw ApiException.badField(path.isEmpty() ? "body" : path, message);
        }
    }
}
