package com.phiintelligence.sdk.hibernate.internal.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as {@code format_type} prints it, taken apart: {@code numeric(10,2)} is the name
 * {@code numeric} with precision 10 and scale 2; {@code timestamp(3) with time zone} is the name
 * {@code timestamp with time zone} with precision 3; {@code text[]} is an array of {@code text}.
 * Types the pattern does not know (quoted user types) keep their whole text as the name.
 *
 * @param text      the type as printed
 * @param name      the type name without modifiers or array brackets
 * @param precision the first modifier (length, precision), or {@code null} when none is given
 * @param scale     the second modifier (numeric scale), or {@code null}
 * @param array     whether it is an array type
 */
record ColumnType(String text, String name, Integer precision, Integer scale, boolean array) {

    private static final Pattern FORMAT = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?(\\[\\])?");

    // Types that the SDK reads and writes through the same Java type, so that a column of another
    // member of the family still works: only a range or length limit differs.
    private static final Map<String, String> FAMILIES = Map.of(
            "smallint", "integers", "integer", "integers", "bigint", "integers",
            "text", "strings", "character varying", "strings",
            "json", "json documents", "jsonb", "json documents");

    private static final Set<String> FRACTIONAL_SECONDS = Set.of("timestamp without time zone",
            "timestamp with time zone", "time without time zone", "time with time zone", "interval");

    ColumnType {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
    }

    /**
     * @param text a type as {@code format_type} prints it
     * @return its parts
     */
    static ColumnType parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return new ColumnType(text, text, null, null, false);
        }
        String name = m.group(1) + (m.group(4) == null ? "" : m.group(4));
        return new ColumnType(text, name, integer(m.group(2)), integer(m.group(3)), m.group(5) != null);
    }

    /** @return the family of interchangeable types this one belongs to; the name itself when none */
    String family() {
        return FAMILIES.getOrDefault(name, name);
    }

    /** @return whether the type has interchangeable relatives (integers, strings, JSON documents) */
    boolean inFamily() {
        return FAMILIES.containsKey(name);
    }

    /** @return whether the modifier is a number of fractional second digits (6 when not given) */
    boolean hasFractionalSeconds() {
        return FRACTIONAL_SECONDS.contains(name);
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
