package com.phiintelligence.sdk.hibernate.internal.schema;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A thorough, independent listing of one schema, written with other catalog queries than
 * {@link CatalogReader} so that the two check each other: every relation with its kind, every
 * column with type, nullability, default, identity and collation, every constraint with
 * {@code pg_get_constraintdef}, every index with {@code pg_get_indexdef}, and the schema's types.
 */
final class CatalogDump {

    private CatalogDump() {
    }

    /** @return the sorted lines describing the schema */
    static List<String> of(DataSource dataSource, String schema) {
        String ns = "'" + schema + "'";
        List<String> lines = new ArrayList<>();
        lines.addAll(prefixed("relation", TestDatabases.rows(dataSource, """
                SELECT c.relname, c.relkind, c.relpersistence
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = %s ORDER BY 1""".formatted(ns))));
        lines.addAll(prefixed("column", TestDatabases.rows(dataSource, """
                SELECT table_name, ordinal_position, column_name, data_type, udt_name, character_maximum_length,
                       numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default,
                       is_identity, is_generated, collation_name
                FROM information_schema.columns WHERE table_schema = %s ORDER BY 1, 2""".formatted(ns))));
        lines.addAll(prefixed("type", TestDatabases.rows(dataSource, """
                SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2""".formatted(ns))));
        lines.addAll(prefixed("constraint", TestDatabases.rows(dataSource, """
                SELECT c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid, true),
                       con.condeferrable, con.convalidated
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = %s ORDER BY 1, 2""".formatted(ns))));
        lines.addAll(prefixed("index", TestDatabases.rows(dataSource, """
                SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %s ORDER BY 1, 2""".formatted(ns))));
        lines.addAll(prefixed("pg_type", TestDatabases.rows(dataSource, """
                SELECT t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = %s ORDER BY 1""".formatted(ns))));
        lines.addAll(prefixed("function", TestDatabases.rows(dataSource, """
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = %s ORDER BY 1""".formatted(ns))));
        return lines;
    }

    private static List<String> prefixed(String kind, List<String> rows) {
        return rows.stream().map(r -> kind + " | " + r).toList();
    }
}
