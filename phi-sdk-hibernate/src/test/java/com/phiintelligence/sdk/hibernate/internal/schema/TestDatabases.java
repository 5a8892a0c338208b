package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Fresh databases on the testkit's PostgreSQL, and small JDBC helpers for the schema tests. */
final class TestDatabases {

    private TestDatabases() {
    }

    /** @return a data source on a new, empty database (each connection is a new session) */
    static DataSource newDatabase() {
        ConnectionInfo info = PhiTestDatabase.get().newDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(info.jdbcUrl());
        dataSource.setUser(info.username());
        if (info.password() != null) {
            dataSource.setPassword(info.password());
        }
        return dataSource;
    }

    /**
     * @param dataSource a data source from {@link #newDatabase()}
     * @param role       a role the data source's user may switch to
     * @return a data source on the same database whose sessions run as that role
     */
    static DataSource asRole(DataSource dataSource, String role) {
        PGSimpleDataSource owner = (PGSimpleDataSource) dataSource;
        PGSimpleDataSource asRole = new PGSimpleDataSource();
        asRole.setUrl(owner.getUrl());
        asRole.setUser(owner.getUser());
        asRole.setPassword(owner.getPassword());
        asRole.setOptions("-c role=" + role);
        return asRole;
    }

    /** @return a new database in which the spec's schema.sql was run, as the website's tooling made it */
    static DataSource newPlatformDatabase() {
        DataSource dataSource = newDatabase();
        execute(dataSource, schemaSql());
        return dataSource;
    }

    /** @return the spec's schema.sql, copied to the test resources */
    static String schemaSql() {
        try (InputStream in = TestDatabases.class.getResourceAsStream("/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param tables table names
     * @return the CREATE TABLE statements of schema.sql for exactly these tables
     */
    static String createTablesOf(String... tables) {
        List<String> wanted = Arrays.asList(tables);
        return Arrays.stream(schemaSql().split(";"))
                .map(String::strip)
                .map(s -> s.replaceAll("(?m)^--.*\\n", "").strip())
                .filter(s -> s.startsWith("CREATE TABLE ") && wanted.contains(s.split("\\s+")[2]))
                .collect(Collectors.joining(";\n", "", ";"));
    }

    /** Runs SQL (several statements allowed) in autocommit mode. */
    static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /** @return each row of the query as its columns joined by " | " (NULL for null) */
    static List<String> rows(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i) == null ? "NULL" : rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /** @return the single value the query returns */
    static String value(DataSource dataSource, String sql) {
        List<String> rows = rows(dataSource, sql);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row from " + sql + ", got " + rows);
        }
        return rows.get(0);
    }

    /** @return every row of each platform table, in full, as text, ordered */
    static Map<String, List<String>> contents(DataSource dataSource) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (SchemaShape.Table table : ExpectedSchema.shape().tables()) {
            contents.put(table.name(), rows(dataSource,
                    "SELECT t::text FROM public." + table.name() + " t ORDER BY t::text"));
        }
        return contents;
    }

    /** @return whether the schema exists */
    static boolean schemaExists(DataSource dataSource, String schema) {
        return value(dataSource, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'").equals("1");
    }
}
