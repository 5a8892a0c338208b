package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key and index rules of {@link SchemaComparator}. Names drift in production (constraints and
 * indexes renamed by other tools), so a name difference alone is always harmless. What matters is
 * what the database enforces: the primary key (the SDK finds rows by it) and the unique keys (the
 * SDK's conflict handling, {@code ON CONFLICT} and duplicate detection, relies on them) must be
 * there; a missing foreign key only means the database no longer enforces the link, and a missing
 * index only costs speed. Stateless.
 */
final class KeyComparator {

    private KeyComparator() {
    }

    /**
     * Adds the key and index differences between two versions of one table.
     *
     * @param expected the expected table
     * @param found    the table of the same name in the database
     * @param out      where to add the differences
     */
    static void compare(SchemaShape.Table expected, SchemaShape.Table found, List<SchemaDifference> out) {
        comparePrimaryKey(expected, found, out);
        expected.uniqueKeys().forEach(key -> compareUniqueKey(expected.name(), key, found, out));
        expected.foreignKeys().forEach(fk -> compareForeignKey(expected.name(), fk, found, out));
        expected.indexes().stream().filter(i -> !i.backsConstraint())
                .forEach(index -> compareIndex(expected.name(), index, found, out));
    }

    private static void comparePrimaryKey(SchemaShape.Table expected, SchemaShape.Table found, List<SchemaDifference> out) {
        SchemaShape.Key e = expected.primaryKey();
        SchemaShape.Key f = found.primaryKey();
        if (e == null) {
            return;
        }
        String wanted = "expected primary key " + e.name() + " on " + columns(e.columns());
        if (f == null) {
            out.add(new SchemaDifference(expected.name(), e.name(), Severity.BREAKING, wanted + ", found none"));
        } else if (!sameSet(e.columns(), f.columns())) {
            out.add(new SchemaDifference(expected.name(), e.name(), Severity.BREAKING,
                    wanted + ", found primary key " + f.name() + " on " + columns(f.columns())));
        } else if (!e.name().equals(f.name())) {
            out.add(new SchemaDifference(expected.name(), e.name(), Severity.HARMLESS,
                    wanted + ", found it named " + f.name()));
        }
    }

    private static void compareUniqueKey(String table, SchemaShape.Key e, SchemaShape.Table found, List<SchemaDifference> out) {
        String wanted = "expected unique constraint " + e.name() + " on " + columns(e.columns());
        if (found.uniqueKeys().stream().anyMatch(k -> k.name().equals(e.name()) && sameSet(k.columns(), e.columns()))) {
            return;
        }
        Optional<String> standIn = found.uniqueKeys().stream().filter(k -> sameSet(k.columns(), e.columns()))
                .map(k -> "unique constraint " + k.name()).findFirst()
                .or(() -> found.indexes().stream()
                        // A partial unique index does not make the columns unique, and ON CONFLICT ignores it.
                        .filter(i -> i.unique() && !i.partial() && sameSet(i.columns(), e.columns()))
                        .map(i -> "unique index " + i.name()).findFirst());
        if (standIn.isPresent()) {
            out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS,
                    wanted + ", found " + standIn.get() + " on " + columns(e.columns())));
        } else {
            out.add(new SchemaDifference(table, e.name(), Severity.BREAKING,
                    wanted + ", found none (the SDK's conflict handling relies on it)"));
        }
    }

    private static void compareForeignKey(String table, SchemaShape.ForeignKey e, SchemaShape.Table found,
                                          List<SchemaDifference> out) {
        String wanted = "expected foreign key " + e.name() + " " + columns(e.columns()) + " references "
                + e.referencedTable() + columns(e.referencedColumns());
        Optional<SchemaShape.ForeignKey> f = found.foreignKeys().stream().filter(e::sameLink)
                .filter(k -> k.name().equals(e.name())).findFirst()
                .or(() -> found.foreignKeys().stream().filter(e::sameLink).findFirst());
        if (f.isEmpty()) {
            out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS,
                    wanted + ", found none (the link is not enforced by the database)"));
        } else if (!f.get().name().equals(e.name())) {
            out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS, wanted + ", found it named " + f.get().name()));
        }
    }

    private static void compareIndex(String table, SchemaShape.Index e, SchemaShape.Table found, List<SchemaDifference> out) {
        String wanted = "expected index " + e.name() + " on " + columns(e.columns());
        List<String> keys = unquoted(e.columns());
        if (found.indexes().stream().anyMatch(i -> i.name().equals(e.name()) && unquoted(i.columns()).equals(keys))) {
            return;
        }
        Optional<SchemaShape.Index> sameColumns = found.indexes().stream()
                .filter(i -> unquoted(i.columns()).equals(keys)).findFirst();
        Optional<SchemaShape.Index> sameName = found.indexes().stream().filter(i -> i.name().equals(e.name())).findFirst();
        String description;
        if (sameColumns.isPresent()) {
            description = wanted + ", found index " + sameColumns.get().name() + " on " + columns(e.columns());
        } else if (sameName.isPresent()) {
            description = wanted + ", found it on " + columns(sameName.get().columns());
        } else {
            description = wanted + ", found none (queries on it are slower)";
        }
        out.add(new SchemaDifference(table, e.name(), Severity.HARMLESS, description));
    }

    /** Key order does not change what a primary or unique key enforces, nor which ON CONFLICT it serves. */
    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && new HashSet<>(unquoted(a)).equals(Set.copyOf(unquoted(b)));
    }

    /** pg_get_indexdef quotes column names that need it; constraint columns come unquoted. */
    static List<String> unquoted(List<String> names) {
        return names.stream()
                .map(n -> n.length() > 1 && n.startsWith("\"") && n.endsWith("\"")
                        ? n.substring(1, n.length() - 1).replace("\"\"", "\"") : n)
                .toList();
    }

    /** @return the names as a parenthesised list, for example {@code (voicebot_id, created_at)} */
    static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }
}
