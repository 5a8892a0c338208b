package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the platform tables found in a database with the shape the SDK expects and says, for
 * each difference, whether the SDK can live with it. Only the expected tables are compared: other
 * tables in the schema belong to someone else and are ignored. Column rules are here, type rules in
 * {@link TypeRules}, key and index rules in {@link KeyComparator}, the rules for constraints and
 * triggers the platform schema does not have in {@link ExtraRuleComparator}.
 *
 * <p>Immutable and thread-safe.
 */
final class SchemaComparator {
    private final SchemaShape expected;

    /**
     * @param expected the shape the SDK expects
     */
    SchemaComparator(SchemaShape expected) {
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    /**
     * @param found the shape read from the database
     * @return every difference, breaking ones first, then in the expected table order; empty when
     *         the expected tables are all there in exactly the expected shape
     */
    List<SchemaDifference> compare(SchemaShape found) {
        List<SchemaDifference> differences = new ArrayList<>();
        for (SchemaShape.Table table : expected.tables()) {
            Optional<SchemaShape.Table> actual = found.table(table.name());
            if (actual.isEmpty()) {
                differences.add(new SchemaDifference(table.name(), null, Severity.BREAKING,
                        "expected table " + table.name() + ", found none"));
            } else {
                compareColumns(table, actual.get(), differences);
                KeyComparator.compare(table, actual.get(), differences);
                ExtraRuleComparator.compare(table, actual.get(), differences);
            }
        }
        // Stable sort: within a severity the differences keep the table and column order.
        differences.sort(Comparator.comparing(d -> d.severity() == Severity.BREAKING ? 0 : 1));
        return List.copyOf(differences);
    }

    /**
     * @param found the shape read from the database
     * @return how many of the expected tables the database has
     */
    long presentTables(SchemaShape found) {
        return expected.tables().stream().filter(t -> found.table(t.name()).isPresent()).count();
    }

    /** @return how many tables the SDK expects */
    int expectedTables() {
        return expected.tables().size();
    }

    private static void compareColumns(SchemaShape.Table expected, SchemaShape.Table found, List<SchemaDifference> out) {
        String table = expected.name();
        for (SchemaShape.Column e : expected.columns()) {
            Optional<SchemaShape.Column> f = found.column(e.name());
            if (f.isEmpty()) {
                out.add(new SchemaDifference(table, e.name(), Severity.BREAKING,
                        "expected column " + e.name() + " " + e.type() + ", found none"));
            } else {
                compareColumn(table, e, f.get(), out);
            }
        }
        for (SchemaShape.Column f : found.columns()) {
            if (expected.column(f.name()).isEmpty()) {
                out.add(extraColumn(table, f));
            }
        }
    }

    private static void compareColumn(String table, SchemaShape.Column e, SchemaShape.Column f, List<SchemaDifference> out) {
        TypeRules.compare(e.type(), f.type()).ifPresent(severity -> out.add(new SchemaDifference(table, e.name(), severity,
                "expected type " + e.type() + ", found " + f.type()
                        + TypeRules.narrowing(e.type(), f.type()).map(n -> ": " + n).orElse(""))));
        if (e.notNull() && !f.notNull()) {
            out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS,
                    "expected NOT NULL, found nullable (the SDK never writes NULL there)"));
        } else if (!e.notNull() && f.notNull()) {
            out.add(new SchemaDifference(table, e.name(), Severity.BREAKING,
                    "expected nullable, found NOT NULL (the SDK writes NULL there)"));
        }
        if (!Objects.equals(e.defaultValue(), f.defaultValue())) {
            out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS,
                    "expected " + describeDefault(e) + ", found " + describeDefault(f)));
        }
    }

    private static SchemaDifference extraColumn(String table, SchemaShape.Column f) {
        String found = f.type() + (f.notNull() ? " NOT NULL" : " nullable") + ", " + describeDefault(f);
        if (f.acceptsOmission()) {
            return new SchemaDifference(table, f.name(), Severity.HARMLESS,
                    "expected no column " + f.name() + ", found " + found + " (the SDK leaves it out of its inserts)");
        }
        return new SchemaDifference(table, f.name(), Severity.BREAKING,
                "expected no column " + f.name() + ", found " + found + " (inserts that leave it out fail)");
    }

    private static String describeDefault(SchemaShape.Column column) {
        return column.defaultValue() == null ? "no default" : "default " + column.defaultValue();
    }
}
