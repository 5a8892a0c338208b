package com.phiintelligence.sdk.hibernate.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line format for a {@link SchemaShape}, so that the expected platform schema ships as a resource
 * generated from the migrations rather than as a hand-kept second copy of the DDL. One fact per line,
 * fields separated by a tab, lists by a comma; lines starting with {@code #} are comments:
 * <pre>
 * table        TABLE
 * column       TABLE  NAME  TYPE  null|not null  [DEFAULT]
 * primary key  TABLE  NAME  COLUMNS
 * unique       TABLE  NAME  COLUMNS
 * foreign key  TABLE  NAME  COLUMNS  REFERENCED_TABLE  REFERENCED_COLUMNS
 * index        TABLE  NAME  COLUMNS  FLAGS (unique, partial, constraint; or -)
 * check        TABLE  NAME  DEFINITION
 * trigger      TABLE  NAME  DEFINITION
 * </pre>
 * Stateless and thread-safe.
 */
final class ShapeFile {
    private static final String TAB = "\t";

    private ShapeFile() {
    }

    /**
     * @param shape  the shape to write
     * @param header comment lines to put first, without the {@code #}
     * @return the text, lines ending in {@code \n}
     * @throws IllegalArgumentException when a name or expression holds a tab, a comma in a list, or a line break
     */
    static String write(SchemaShape shape, List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        for (SchemaShape.Table t : shape.tables()) {
            line(out, "table", t.name());
            for (SchemaShape.Column c : t.columns()) {
                List<String> fields = new ArrayList<>(List.of("column", t.name(), c.name(), c.type(),
                        c.notNull() ? "not null" : "null"));
                if (c.defaultValue() != null) {
                    fields.add(c.defaultValue());
                }
                line(out, fields.toArray(String[]::new));
            }
            if (t.primaryKey() != null) {
                line(out, "primary key", t.name(), t.primaryKey().name(), list(t.primaryKey().columns()));
            }
            t.uniqueKeys().forEach(k -> line(out, "unique", t.name(), k.name(), list(k.columns())));
            t.foreignKeys().forEach(f -> line(out, "foreign key", t.name(), f.name(), list(f.columns()),
                    f.referencedTable(), list(f.referencedColumns())));
            t.indexes().forEach(i -> line(out, "index", t.name(), i.name(), list(i.columns()), flags(i)));
            t.checks().forEach(c -> line(out, "check", t.name(), c.name(), c.definition()));
            t.triggers().forEach(g -> line(out, "trigger", t.name(), g.name(), g.definition()));
        }
        return out.toString();
    }

    /**
     * @param text text in the format {@link #write} produces
     * @return the shape it describes
     * @throws IllegalArgumentException naming the line that does not fit the format
     */
    static SchemaShape parse(String text) {
        Map<String, SchemaShape.TableBuilder> tables = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                parseLine(line.split(TAB, -1), tables);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + (n + 1) + " of the schema shape is malformed: " + line, e);
            }
        }
        return new SchemaShape(tables.values().stream().map(SchemaShape.TableBuilder::build).toList());
    }

    private static void parseLine(String[] f, Map<String, SchemaShape.TableBuilder> tables) {
        if (f[0].equals("table")) {
            tables.put(f[1], new SchemaShape.TableBuilder(f[1]));
            return;
        }
        SchemaShape.TableBuilder t = tables.get(f[1]);
        if (t == null) {
            throw new IllegalArgumentException("table " + f[1] + " is not declared before its parts");
        }
        switch (f[0]) {
            case "column" -> t.columns().add(new SchemaShape.Column(f[2], f[3], notNull(f[4]), f.length > 5 ? f[5] : null));
            case "primary key" -> t.primaryKey(new SchemaShape.Key(f[2], split(f[3])));
            case "unique" -> t.uniqueKeys().add(new SchemaShape.Key(f[2], split(f[3])));
            case "foreign key" -> t.foreignKeys().add(new SchemaShape.ForeignKey(f[2], split(f[3]), f[4], split(f[5])));
            case "index" -> {
                List<String> flags = split(f[4]);
                t.indexes().add(new SchemaShape.Index(f[2], split(f[3]), flags.contains("unique"),
                        flags.contains("partial"), flags.contains("constraint")));
            }
            case "check" -> t.checks().add(new SchemaShape.Check(f[2], f[3]));
            case "trigger" -> t.triggers().add(new SchemaShape.Trigger(f[2], f[3]));
            default -> throw new IllegalArgumentException("unknown kind " + f[0]);
        }
    }

    private static boolean notNull(String field) {
        return switch (field) {
            case "not null" -> true;
            case "null" -> false;
            default -> throw new IllegalArgumentException("expected null or not null, found " + field);
        };
    }

    private static String flags(SchemaShape.Index index) {
        List<String> flags = new ArrayList<>();
        if (index.unique()) {
            flags.add("unique");
        }
        if (index.partial()) {
            flags.add("partial");
        }
        if (index.backsConstraint()) {
            flags.add("constraint");
        }
        return flags.isEmpty() ? "-" : String.join(",", flags);
    }

    private static String list(List<String> items) {
        items.forEach(item -> {
            if (item.contains(",")) {
                throw new IllegalArgumentException("A list item holds a comma: " + item);
            }
        });
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    private static List<String> split(String field) {
        return field.equals("-") ? List.of() : List.of(field.split(",", -1));
    }

    private static void line(StringBuilder out, String... fields) {
        for (String field : fields) {
            if (field.contains(TAB) || field.contains("\n") || field.contains("\r")) {
                throw new IllegalArgumentException("A field holds a tab or line break: " + field);
            }
        }
        out.append(String.join(TAB, fields)).append('\n');
    }
}
