package com.phiintelligence.sdk.hibernate.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of one database schema as far as the SDK cares: its tables with their columns, keys,
 * foreign keys, indexes, and the check constraints and triggers that can refuse or change a write. Read from a live database by {@link CatalogReader} and stored for the
 * expected platform schema by {@link ShapeFile}. Immutable.
 *
 * @param tables the tables, ordered by name
 */
record SchemaShape(List<Table> tables) {

    SchemaShape {
        tables = List.copyOf(tables);
    }

    /**
     * @param name a table name
     * @return the table of that name, if the schema has it
     */
    Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * One table.
     *
     * @param name        the table name, unqualified
     * @param columns     the columns in their physical order
     * @param primaryKey  the primary key, or {@code null} when the table has none
     * @param uniqueKeys  the unique constraints (not unique indexes without a constraint), by name
     * @param foreignKeys the foreign keys, by name
     * @param indexes     every index, including those behind the primary key and unique constraints
     * @param checks      the check and exclusion constraints, by name
     * @param triggers    the triggers that fire on inserts, updates or deletes, by name
     */
    record Table(String name, List<Column> columns, Key primaryKey, List<Key> uniqueKeys,
                 List<ForeignKey> foreignKeys, List<Index> indexes, List<Check> checks, List<Trigger> triggers) {

        Table {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            uniqueKeys = List.copyOf(uniqueKeys);
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
            checks = List.copyOf(checks);
            triggers = List.copyOf(triggers);
        }

        /**
         * @param columnName a column name
         * @return the column of that name, if the table has it
         */
        Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    /**
     * One column.
     *
     * @param name         the column name
     * @param type         the type as {@code format_type} prints it, for example {@code character varying(255)}
     * @param notNull      whether the column refuses NULL
     * @param defaultValue the default expression as {@code pg_get_expr} prints it (or a description of
     *                     an identity or generated column), or {@code null} when there is none
     */
    record Column(String name, String type, boolean notNull, String defaultValue) {

        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** @return whether an insert that leaves this column out still succeeds */
        boolean acceptsOmission() {
            return !notNull || defaultValue != null;
        }
    }

    /**
     * A primary key or unique constraint.
     *
     * @param name    the constraint name
     * @param columns the key columns, in key order
     */
    record Key(String name, List<String> columns) {

        Key {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key.
     *
     * @param name              the constraint name
     * @param columns           the referencing columns
     * @param referencedTable   the referenced table, unqualified when it is in the same schema
     * @param referencedColumns the referenced columns
     */
    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

        ForeignKey {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(referencedTable, "referencedTable");
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }

        /** @return whether the other foreign key links the same columns to the same place */
        boolean sameLink(ForeignKey other) {
            return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
                    && referencedColumns.equals(other.referencedColumns);
        }
    }

    /**
     * An index.
     *
     * @param name            the index name
     * @param columns         the key columns (or expressions) in index order, as {@code pg_get_indexdef} prints them
     * @param unique          whether the index is unique
     * @param partial         whether the index has a WHERE predicate (then it does not make its columns unique)
     * @param backsConstraint whether the index belongs to a primary key, unique or exclusion constraint
     */
    record Index(String name, List<String> columns, boolean unique, boolean partial, boolean backsConstraint) {

        Index {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    /**
     * A check constraint, or an exclusion constraint (which checks a row against the others): a rule
     * that every insert and update must pass.
     *
     * @param name       the constraint name
     * @param definition the rule as {@code pg_get_constraintdef} prints it, on one line, for example
     *                   {@code CHECK (status = ANY (ARRAY['new'::text, 'contacted'::text]))}
     */
    record Check(String name, String definition) {

        Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
        }

        /** @return whether it is an exclusion constraint rather than a check constraint */
        boolean exclusion() {
            return definition.startsWith("EXCLUDE");
        }
    }

    /**
     * A trigger that fires on inserts, updates or deletes (disabled ones and those of replication
     * sessions only are left out: they never run on the SDK's writes).
     *
     * @param name       the trigger name
     * @param definition what follows the name in {@code pg_get_triggerdef}, for example
     *                   {@code BEFORE INSERT ON public.contacts FOR EACH ROW EXECUTE FUNCTION stamp()}
     */
    record Trigger(String name, String definition) {

        Trigger {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
        }
    }

    /** Collects one table's parts while a catalog or a shape file is read; not thread-safe. */
    static final class TableBuilder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Key> uniqueKeys = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();
        private Key primaryKey;

        TableBuilder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        List<Column> columns() {
            return columns;
        }

        List<Key> uniqueKeys() {
            return uniqueKeys;
        }

        List<ForeignKey> foreignKeys() {
            return foreignKeys;
        }

        List<Index> indexes() {
            return indexes;
        }

        List<Check> checks() {
            return checks;
        }

        List<Trigger> triggers() {
            return triggers;
        }

        void primaryKey(Key key) {
            this.primaryKey = key;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, triggers);
        }
    }
}
