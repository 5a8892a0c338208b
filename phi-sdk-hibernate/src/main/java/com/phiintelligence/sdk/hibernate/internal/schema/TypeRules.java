package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a column type found in a database can stand in for the type the SDK expects. The rules
 * follow the drift seen in production: types that map to the same Java type and differ only in a
 * limit are harmless (integer widths, varchar lengths, text for varchar, json for jsonb, a numeric
 * at least as wide); anything that changes what a value means (timestamp against timestamptz,
 * another type family, a numeric that rounds or overflows sooner, fewer fractional seconds) is
 * breaking. A tolerated type may still be narrower than the expected one (a smaller integer, a
 * shorter varchar): {@link #narrowing} says what the database then refuses. Stateless.
 */
final class TypeRules {
    /** PostgreSQL keeps 6 fractional second digits when a time type gives no precision. */
    private static final int DEFAULT_FRACTIONAL_SECONDS = 6;
    /** The largest value of each integer type. */
    private static final Map<String, Long> INTEGER_MAX = Map.of(
            "smallint", (long) Short.MAX_VALUE, "integer", (long) Integer.MAX_VALUE, "bigint", Long.MAX_VALUE);

    private TypeRules() {
    }

    /**
     * @param expected the expected type, as {@code format_type} prints it
     * @param found    the type found
     * @return empty when the types are the same, else how much the difference matters
     */
    static Optional<Severity> compare(String expected, String found) {
        if (expected.equals(found)) {
            return Optional.empty();
        }
        ColumnType e = ColumnType.parse(expected);
        ColumnType f = ColumnType.parse(found);
        if (e.array() != f.array() || !e.family().equals(f.family())) {
            return Optional.of(Severity.BREAKING);
        }
        if (e.inFamily()) {
            return Optional.of(Severity.HARMLESS); // integer widths, text/varchar and their lengths, json/jsonb
        }
        return Optional.of(sameTypeOtherModifiers(e, f));
    }

    /**
     * Says what a tolerated type that holds less than the expected one means for the SDK's writes.
     * Only integer widths and string lengths can be narrower and still tolerated: a numeric or a
     * time type that holds less is breaking, and text, varchar and the JSON types differ in no limit
     * the SDK's values could cross (text is varchar without a length).
     *
     * @param expected the expected type, as {@code format_type} prints it
     * @param found    the type found
     * @return for example {@code narrower, the database will refuse values above 32767 that the SDK
     *         accepts}; empty when the found type holds every value of the expected one, or when the
     *         two are not of one family
     */
    static Optional<String> narrowing(String expected, String found) {
        ColumnType e = ColumnType.parse(expected);
        ColumnType f = ColumnType.parse(found);
        if (e.array() != f.array() || !e.inFamily() || !e.family().equals(f.family())) {
            return Optional.empty();
        }
        String values = e.array() ? "elements" : "values";
        Long expectedMax = INTEGER_MAX.get(e.name());
        Long foundMax = INTEGER_MAX.get(f.name());
        if (expectedMax != null && foundMax != null && foundMax < expectedMax) {
            return Optional.of("narrower, the database will refuse " + values + " above " + foundMax
                    + " that the SDK accepts");
        }
        // A length is only printed for character varying; text and varchar without one are unlimited.
        if (f.precision() != null && (e.precision() == null || f.precision() < e.precision())) {
            return Optional.of("narrower, the database will refuse " + values + " longer than " + f.precision()
                    + " characters that the SDK accepts");
        }
        return Optional.empty();
    }

    /** Outside the families the names are equal here: only the modifiers differ. */
    private static Severity sameTypeOtherModifiers(ColumnType e, ColumnType f) {
        if (e.name().equals("numeric")) {
            return numericHolds(e, f) ? Severity.HARMLESS : Severity.BREAKING;
        }
        if (e.hasFractionalSeconds()) {
            return fractionalSeconds(f) >= fractionalSeconds(e) ? Severity.HARMLESS : Severity.BREAKING;
        }
        return Severity.BREAKING; // char(n), bit(n) and the like: the length changes the value
    }

    /** A found numeric holds every expected value when it keeps as many digits on both sides of the point. */
    private static boolean numericHolds(ColumnType e, ColumnType f) {
        if (f.precision() == null) {
            return true; // unconstrained numeric holds anything
        }
        if (e.precision() == null) {
            return false;
        }
        int expectedScale = e.scale() == null ? 0 : e.scale();
        int foundScale = f.scale() == null ? 0 : f.scale();
        return foundScale >= expectedScale && f.precision() - foundScale >= e.precision() - expectedScale;
    }

    private static int fractionalSeconds(ColumnType t) {
        return t.precision() == null ? DEFAULT_FRACTIONAL_SECONDS : t.precision();
    }
}
