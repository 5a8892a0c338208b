package com.phiintelligence.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class PhiTestDatabaseTest {

    @Test
    void newDatabasesAreSeparateAndEmpty() throws Exception {
        PhiTestDatabase server = PhiTestDatabase.get();
        ConnectionInfo a = server.newDatabase();
        ConnectionInfo b = server.newDatabase();
        assertThat(a.jdbcUrl()).isNotEqualTo(b.jdbcUrl());
        try (Connection c = a.open();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
        }
        try (Connection c = b.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void choosesTheExternalServerWhenOneIsNamedElsePostgresql17() throws Exception {
        PhiTestDatabase server = PhiTestDatabase.get();
        String named = System.getProperty(PhiTestDatabase.URL_VARIABLE, System.getenv(PhiTestDatabase.URL_VARIABLE));
        if (named != null && !named.isBlank()) {
            assertThat(server.description()).startsWith("external server from " + PhiTestDatabase.URL_VARIABLE);
            return;
        }
        assertThat(server.description()).containsAnyOf("embedded PostgreSQL 17.", "Testcontainers postgres:17-alpine");
        ConnectionInfo a = server.newDatabase();
        try (Connection c = a.open()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    @Test
    void opensConnectionsWhoseSessionRunsInUtcWhateverTheJvmZone() throws Exception {
        ConnectionInfo a = PhiTestDatabase.get().newDatabase();
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        try (Connection c = a.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('TimeZone'), now()::timestamp = (now() AT TIME ZONE 'UTC')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("UTC");
            assertThat(rs.getBoolean(2)).isTrue();
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void replacesTheDatabaseOfAJdbcUrl() {
        assertThat(PhiTestDatabase.withDatabase("jdbc:postgresql://h:5/a?ssl=true", "b"))
                .isEqualTo("jdbc:postgresql://h:5/b?ssl=true");
        assertThat(PhiTestDatabase.withDatabase("jdbc:postgresql://h/", "b")).isEqualTo("jdbc:postgresql://h/b");
    }
}
