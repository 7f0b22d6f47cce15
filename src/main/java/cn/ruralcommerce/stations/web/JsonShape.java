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
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
                throw ApiException.badField("body", "is empty; a JSON object is required");
            }
            if (first != JsonToken.START_OBJECT) {
                throw ApiException.badField("body", "must be a JSON object");
            }
            value(parser, type, type, "");
            if (parser.nextToken() != null) {
                throw ApiException.badField("body", "has content after the JSON object");
            }
        } catch (JsonParseException e) {
            String field = e.getMessage().contains("Duplicate field") ? duplicate(e) : "body";
            throw ApiException.badField(field, "is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badField("body", "cannot be read: " + e.getMessage());
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
                throw ApiException.badField(path, "is required");
            }
            return;
        }
        if (raw == String.class) {
            text(p, token, path);
        } else if (raw.isEnum()) {
            text(p, token, path);
            String name = p.getText();
            boolean known = Arrays.stream(raw.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(name));
            expect(known, path, "'" + name + "' is not one of " + Arrays.toString(raw.getEnumConstants()));
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            whole(p, token, path, raw == Long.class || raw == long.class);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class || raw == BigDecimal.class) {
            number(p, token, path, raw == BigDecimal.class);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, path, "must be true or false");
        } else if (raw == LocalDate.class) {
            date(p, token, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(p, token, generic, path);
        } else if (raw.isRecord()) {
            expect(token == JsonToken.START_OBJECT, path, "must be a JSON object");
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
                throw ApiException.badField(prefix + name, "is not a known field");
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
        expect(token == JsonToken.START_ARRAY, path, "must be a JSON array");
        Type element = generic instanceof ParameterizedType t ? t.getActualTypeArguments()[0] : Object.class;
        Class<?> raw = element instanceof Class<?> c ? c : element instanceof ParameterizedType t ? (Class<?>) t.getRawType() : Object.class;
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            value(p, raw, element, path + "[" + i++ + "]");
        }
    }

    private static void text(JsonParser p, JsonToken token, String path) throws IOException {
        expect(token == JsonToken.VALUE_STRING, path, "must be a JSON string");
        String text = p.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw ApiException.badField(path, "contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }

    private static void whole(JsonParser p, JsonToken token, String path, boolean isLong) throws IOException {
        expect(token == JsonToken.VALUE_NUMBER_INT, path, "must be a whole number");
        JsonParser.NumberType type = p.getNumberType();
        boolean fits = type == JsonParser.NumberType.INT || isLong && type == JsonParser.NumberType.LONG;
        expect(fits, path, "is out of range (at most " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE) + ")");
    }

    private static void number(JsonParser p, JsonToken token, String path, boolean decimal) throws IOException {
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, path, "must be a number");
        if (!decimal) {
            expect(Double.isFinite(p.getDoubleValue()), path, "is not a finite number");
        } else {
            expect(p.getDecimalValue().abs().compareTo(BigDecimal.TEN.pow(18)) < 0, path, "is out of range");
        }
    }

    private static void date(JsonParser p, JsonToken token, String path) throws IOException {
        expect(token == JsonToken.VALUE_STRING, path, "must be a date as a string (YYYY-MM-DD)");
        try {
            LocalDate date = LocalDate.parse(p.getText());
            expect(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), path, "must be between " + EARLIEST + " and " + LATEST);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(path, "'" + p.getText() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void expect(boolean ok, String path, String message) {
        if (!ok) {
            throw ApiException.badField(path.isEmpty() ? "body" : path, message);
        }
    }
}
