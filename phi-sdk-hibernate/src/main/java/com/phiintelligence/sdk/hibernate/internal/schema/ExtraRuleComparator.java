package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of {@link SchemaComparator} for what a platform table has beyond the platform schema
 * that can refuse or change the SDK's writes: check and exclusion constraints, unique constraints
 * and unique indexes, triggers. The SDK still reads and writes correctly next to them (a write they
 * refuse fails with an error the caller sees, nothing is written wrongly), so each is a harmless
 * difference, listed so that an operator knows why such a write may fail.
 *
 * <p>Extra non-unique indexes are not listed: they refuse no write and change no value, and
 * operators add them for their own queries, so listing them would bury the differences that can
 * matter. Names drift, so a check or trigger counts as extra when no expected one has its
 * definition, and a unique constraint or index when its columns do not include those of an
 * expected key (then that key already refuses every write it would). Stateless.
 */
final class ExtraRuleComparator {
    private static final String NOT_EXPECTED = "not in the platform schema";

    private ExtraRuleComparator() {
    }

    /**
     * Adds a harmless difference for each extra rule of a table.
     *
     * @param expected the expected table
     * @param found    the table of the same name in the database
     * @param out      where to add the differences
     */
    static void compare(SchemaShape.Table expected, SchemaShape.Table found, List<SchemaDifference> out) {
        List<Set<String>> keys = expectedKeys(expected);
        for (SchemaShape.Key key : found.uniqueKeys()) {
            if (addsUniqueness(key.columns(), keys)) {
                out.add(extra(expected, key.name(), "unique constraint " + key.name() + " on "
                        + KeyComparator.columns(key.columns()), NOT_EXPECTED, repeated(key.columns(), "")));
            }
        }
        for (SchemaShape.Index index : found.indexes()) {
            if (index.unique() && !index.backsConstraint() && addsUniqueness(index.columns(), keys)) {
                boolean plainIndexExpected = expected.indexes().stream()
                        .anyMatch(i -> i.name().equals(index.name()) && !i.unique());
                out.add(extra(expected, index.name(),
                        (index.partial() ? "partial " : "") + "unique index " + index.name() + " on "
                                + KeyComparator.columns(index.columns()),
                        plainIndexExpected ? "not unique in the platform schema" : NOT_EXPECTED,
                        repeated(index.columns(), index.partial() ? " among the rows it covers" : "")));
            }
        }
        for (SchemaShape.Check check : found.checks()) {
            if (expected.checks().stream().noneMatch(c -> c.definition().equals(check.definition()))) {
                out.add(extra(expected, check.name(),
                        (check.exclusion() ? "exclusion constraint " : "check constraint ") + check.name() + " "
                                + check.definition(), NOT_EXPECTED,
                        check.exclusion() ? "writes that conflict with another row under it are refused"
                                : "writes that break it are refused"));
            }
        }
        for (SchemaShape.Trigger trigger : found.triggers()) {
            if (expected.triggers().stream().noneMatch(t -> t.definition().equals(trigger.definition()))) {
                out.add(extra(expected, trigger.name(), "trigger " + trigger.name() + " " + trigger.definition(),
                        NOT_EXPECTED, "it runs on the SDK's writes and may change or refuse them"));
            }
        }
    }

    private static SchemaDifference extra(SchemaShape.Table expected, String name, String found, String why,
                                          String effect) {
        return new SchemaDifference(expected.name(), name, Severity.HARMLESS, "found " + found + ", " + why + ": " + effect);
    }

    private static String repeated(List<String> columns, String scope) {
        return "writes that repeat the " + KeyComparator.columns(columns) + " of another row" + scope + " are refused";
    }

    /** The column sets the expected primary and unique keys make unique. */
    private static List<Set<String>> expectedKeys(SchemaShape.Table expected) {
        List<Set<String>> keys = new ArrayList<>();
        if (expected.primaryKey() != null) {
            keys.add(Set.copyOf(expected.primaryKey().columns()));
        }
        expected.uniqueKeys().forEach(k -> keys.add(Set.copyOf(k.columns())));
        return keys;
    }

    /** Columns that include an expected key's can only repeat where that key already refuses the write. */
    private static boolean addsUniqueness(List<String> columns, List<Set<String>> expectedKeys) {
        Set<String> names = new HashSet<>(KeyComparator.unquoted(columns));
        return expectedKeys.stream().noneMatch(names::containsAll);
    }
}
