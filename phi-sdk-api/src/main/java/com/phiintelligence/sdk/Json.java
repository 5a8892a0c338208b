package com.phiintelligence.sdk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON document, as stored in a {@code jsonb} column. Holds the JSON text; the implementation
 * checks that it is well-formed when it is written (a malformed document is a
 * {@link com.phiintelligence.sdk.error.ValidationException} naming the field) and returns what the
 * database normalised (key order and white space may differ from what was written, the meaning
 * does not). Immutable and thread-safe.
 *
 * <p>{@link #of(Map)} writes a document from maps, lists, strings, numbers, booleans and nulls, so
 * simple documents need no JSON library.
 */
public final class Json {
    private final String text;

    private Json(String text) {
        this.text = text;
    }

    /**
     * @param text JSON text, not null or blank
     * @return the document
     */
    public static Json of(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("JSON text must not be blank");
        }
        return new Json(text.strip());
    }

    /**
     * Writes a JSON object from a map; values may be maps, iterables, strings, numbers, booleans,
     * {@link Json} documents or null.
     *
     * @param object the members, in the order to write them
     * @return the document
     */
    public static Json of(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        write(out, Objects.requireNonNull(object, "object"));
        return new Json(out.toString());
    }

    /**
     * Writes a JSON array; elements may be of the types {@link #of(Map)} accepts.
     *
     * @param array the elements, in order
     * @return the document
     */
    public static Json of(Iterable<?> array) {
        StringBuilder out = new StringBuilder();
        write(out, Objects.requireNonNull(array, "array"));
        return new Json(out.toString());
    }

    /** @return the JSON text */
    public String text() {
        return text;
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Json json) {
            out.append(json.text);
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                quote(out, String.valueOf(Objects.requireNonNull(e.getKey(), "JSON object key")));
                out.append(':');
                write(out, e.getValue());
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            Iterator<?> it = items.iterator();
            while (it.hasNext()) {
                write(out, it.next());
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Json j && j.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the JSON text */
    @Override
    public String toString() {
        return text;
    }
}
