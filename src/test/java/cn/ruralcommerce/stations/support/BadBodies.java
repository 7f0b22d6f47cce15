package cn.ruralcommerce.stations.support;

import io.micronaut.json.JsonMapper;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bad JSON bodies generated from a request record's components: for each field wrong types, null, and by its
 * type hostile text, overlong text, control characters, impossible dates and numbers; a new field of a request
 * record is swept without anyone listing it. {@code freeText} names the fields ("Record.component") where
 * injection text is legitimate and must then be stored verbatim; {@code opaque} those (passwords, keys) never echoed back.
 */
public final class BadBodies {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String RAW = "\"__raw_json__\"";

    /** What the service must do with a case. */
    public enum Expect {
        /** 4xx problem+json naming the field, nothing written. */
        REJECT,
        /** 415 problem+json, nothing written: the body is not declared as JSON. */
        UNSUPPORTED,
        /** REJECT, or 2xx with the value echoed verbatim. */
        REJECT_OR_VERBATIM,
        /** anything but a 5xx; a 4xx writes nothing. */
        NO_5XX
    }

    /**
     * One request body to send: the field it breaks (null for the whole body) and the expected outcome;
     * {@code contentType} replaces application/json ("" sends none).
     */
    public record Case(String name, String field, String json, Expect expect, String verbatim, String contentType) {
        public Case(String name, String field, String json, Expect expect, String verbatim) {
            this(name, field, json, expect, verbatim, null);
        }
    }

    /** Numbers whose exponent or length would cost seconds and gigabytes if anything printed them: a fast 400. */
    public static final String EXTREME = "extreme number ";
    private static final Raw[] EXTREME_WHOLE = {new Raw("1e-999999999"), new Raw("1e999999999"), new Raw("1" + "0".repeat(5000))};
    private static final Raw[] EXTREME_DECIMAL = {new Raw("1e-999999999"), new Raw("1e999999999"), new Raw("-1E+999999999"),
            new Raw("0." + "0".repeat(5000) + "1"), new Raw("1" + "0".repeat(5000)), new Raw("9".repeat(2000) + "." + "9".repeat(2000))};

    /** Raw JSON text placed as a value, for numbers no Java type can hold (1e400, Long.MAX_VALUE + 1). */
    public record Raw(String json) {
    }

    private final Set<String> freeText;
    private final Set<String> opaque;

    public BadBodies(Set<String> freeText, Set<String> opaque) {
        this.freeText = freeText;
        this.opaque = opaque;
    }

    /** Malformed documents, whatever the record. */
    public static List<Case> malformed(Map<String, Object> base) {
        String valid = json(base);
        return List.of(
                new Case("truncated JSON", null, valid.substring(0, valid.length() / 2), Expect.REJECT, null),
                new Case("trailing garbage", null, valid + "}{garbage", Expect.REJECT, null),
                new Case("not an object (array)", null, "[" + valid + "]", Expect.REJECT, null),
                new Case("not an object (number)", null, "42", Expect.REJECT, null),
                new Case("not an object (string)", null, "\"text\"", Expect.REJECT, null),
                new Case("empty body", null, "", Expect.REJECT, null),
                new Case("JSON null", null, "null", Expect.REJECT, null),
                new Case("unknown field", "unexpectedField", json(with(base, "unexpectedField", "x")), Expect.REJECT, null));
    }

    /** The media type: matched whatever its case, and a JSON route takes nothing but JSON. */
    public static List<Case> mediaTypes(Map<String, Object> base) {
        String valid = json(base);
        return List.of(
                new Case("APPLICATION/JSON, trailing garbage", null, valid + "}{garbage", Expect.REJECT, null, "APPLICATION/JSON"),
                new Case("application/Json; charset=UTF-8, unknown field", "unexpectedField",
                        json(with(base, "unexpectedField", "x")), Expect.REJECT, null, "application/Json; charset=UTF-8"),
                new Case("no Content-Type", null, valid, Expect.UNSUPPORTED, null, ""),
                new Case("Content-Type text/xml", null, valid, Expect.UNSUPPORTED, null, "text/xml"),
                new Case("Content-Type text/plain", null, valid, Expect.UNSUPPORTED, null, "text/plain"),
                new Case("Content-Type application/x-www-form-urlencoded", null, valid, Expect.UNSUPPORTED, null,
                        "application/x-www-form-urlencoded"));
    }

    /** The cases for every component of {@code type}, recursing into nested records present in {@code base}. */
    public List<Case> fields(Class<?> type, Map<String, Object> base) {
        List<Case> cases = new ArrayList<>();
        fields(type, base, "", base, cases);
        return cases;
    }

    private void fields(Class<?> type, Map<String, Object> root, String prefix, Map<String, Object> here, List<Case> cases) {
        if (!type.isRecord()) {
            // a framework class such as the login credentials: its string properties as the base shows them
            here.forEach((key, value) -> {
                if (value instanceof String) {
                    cases.add(at(root, prefix + key, null, "null", Expect.REJECT, null));
                    text(type.getSimpleName() + "." + key, root, prefix + key, cases);
                }
            });
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            String id = type.getSimpleName() + "." + c.getName();
            Annotation[] constraints = constraints(type, c);
            boolean required = c.getType().isPrimitive() || Arrays.stream(constraints)
                    .anyMatch(a -> Set.of("NotNull", "NotBlank", "NotEmpty").contains(a.annotationType().getSimpleName()));
            cases.add(at(root, path, null, "null", required ? Expect.REJECT : Expect.NO_5XX, null));
            Size size = (Size) Arrays.stream(constraints).filter(a -> a instanceof Size).findFirst().orElse(null);
            if (c.getType() == String.class && size != null) {
                // the declared maximum must fit the column (a @Size wider than its VARCHAR would be a 500); one more is a 400
                String longest = "长".repeat(size.max());
                cases.add(at(root, path, longest, "exactly @Size(max = " + size.max() + ")",
                        freeText.contains(id) ? Expect.REJECT_OR_VERBATIM : Expect.NO_5XX, longest));
                cases.add(at(root, path, longest + "长", "@Size(max = " + size.max() + ") + 1", Expect.REJECT, null));
            }
            values(c.getType(), c.getGenericType(), id, root, path, here == null ? null : here.get(c.getName()), cases);
        }
    }

    /** Bean-validation annotations of a component: they land on the record's field, not on the component itself. */
    private static Annotation[] constraints(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void values(Class<?> raw, Type generic, String id, Map<String, Object> root, String path, Object present,
                        List<Case> cases) {
        if (raw == String.class) {
            text(id, root, path, cases);
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            reject(root, path, cases, "abc", new Raw("1.5"), new Raw("9223372036854775808"), new Raw("1e400"), Map.of("n", 1), true);
            extreme(root, path, cases, EXTREME_WHOLE);
        } else if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
            reject(root, path, cases, "abc", new Raw("1e400"), new Raw("-1e400"), Map.of("n", 1), List.of(1), true);
            extreme(root, path, cases, EXTREME_DECIMAL);
        } else if (raw == Boolean.class || raw == boolean.class) {
            reject(root, path, cases, "maybe", 2, Map.of("b", true), List.of(true));
        } else if (raw == LocalDate.class) {
            reject(root, path, cases, "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "not-a-date", "", 20260101, Map.of("y", 2026));
        } else if (raw.isEnum()) {
            reject(root, path, cases, "NOT_A_VALUE", "", 3, Map.of("e", 1), "<script>alert(1)</script>");
        } else if (List.class.isAssignableFrom(raw)) {
            reject(root, path, cases, Map.of("a", 1), "text", 7);
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == String.class) {
                text(id + "[]", root, path + "[0]", cases);
            } else if (element instanceof Class<?> record && record.isRecord() && present instanceof List<?> list && !list.isEmpty()) {
                reject(root, path, cases, List.of("x"), List.of(List.of()));
                fields(record, root, path + "[0].", (Map<String, Object>) list.get(0), cases);
            }
        } else if (raw.isRecord()) {
            reject(root, path, cases, "text", List.of(1), 5);
            fields(raw, root, path + ".", present instanceof Map<?, ?> map ? (Map<String, Object>) map : null, cases);
        } else {
            reject(root, path, cases, Map.of("o", 1), List.of(1), "abc");
        }
    }

    private void text(String id, Map<String, Object> root, String path, List<Case> cases) {
        reject(root, path, cases, 12345, Map.of("s", "x"), List.of("a"), true);
        for (String value : HostileText.CONTROL) {
            cases.add(at(root, path, value, "control character " + json(value), Expect.REJECT, null));
        }
        cases.add(at(root, path, HostileText.overlong(), "overlong text", Expect.REJECT, null));
        Expect injection = opaque.contains(id) ? Expect.NO_5XX : freeText.contains(id) ? Expect.REJECT_OR_VERBATIM : Expect.REJECT;
        for (String value : HostileText.INJECTION) {
            cases.add(at(root, path, value, "injection " + value, injection, value));
        }
    }

    private static void extreme(Map<String, Object> root, String path, List<Case> cases, Raw... values) {
        for (Raw value : values) {
            String shown = value.json().length() > 24 ? value.json().substring(0, 12) + "…(" + value.json().length() + " chars)" : value.json();
            cases.add(at(root, path, value, EXTREME + shown, Expect.REJECT, null));
        }
    }

    private static void reject(Map<String, Object> root, String path, List<Case> cases, Object... values) {
        for (Object value : values) {
            String shown = value instanceof Raw r ? r.json() : json(value);
            cases.add(at(root, path, value, "value " + shown, Expect.REJECT, null));
        }
    }

    private static Case at(Map<String, Object> root, String path, Object value, String what, Expect expect, String verbatim) {
        Object placed = value instanceof Raw ? "__raw_json__" : value;
        String json = json(set(root, path, placed));
        if (value instanceof Raw r) {
            json = json.replace(RAW, r.json());
        }
        return new Case(path + ": " + what, path, json, expect, verbatim);
    }

    /** A deep copy of {@code root} with the value at a path like {@code operator.name} or {@code add[0].lon}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> set(Map<String, Object> root, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(root);
        Object node = copy;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            Map<String, Object> map = (Map<String, Object>) node;
            if (bracket >= 0) {
                List<Object> list = map.get(key) instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
                map.put(key, list);
                if (list.isEmpty()) {
                    list.add(last ? value : new HashMap<String, Object>());
                } else if (last) {
                    list.set(0, value);
                }
                node = list.get(0);
            } else if (last) {
                map.put(key, value);
            } else {
                node = map.computeIfAbsent(key, k -> new HashMap<String, Object>());
            }
        }
        return copy;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        return set(base, key, value);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
