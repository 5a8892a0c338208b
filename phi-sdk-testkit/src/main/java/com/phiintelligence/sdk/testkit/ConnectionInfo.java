package com.phiintelligence.sdk.testkit;

import com.phiintelligence.sdk.config.PhiConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Where one test database is: a JDBC URL and credentials. {@link #toString()} hides the password.
 *
 * @param jdbcUrl  the pgjdbc URL
 * @param username the user
 * @param password the password, may be null
 */
public record ConnectionInfo(String jdbcUrl, String username, String password) {

    /** Checks the URL. */
    public ConnectionInfo {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * @return a configuration builder for this database, with its URL and credentials set, for a
     *         test to adjust ({@code poolSize}, {@code migrateOnStart}, ...) and build
     */
    public PhiConfig.Builder configBuilder() {
        return PhiConfig.builder().url(jdbcUrl).username(username).password(password);
    }

    /**
     * Opens a plain JDBC connection to this database, for a test to set up or inspect rows the SDK
     * does not write. Its session time zone is UTC, as on the platform's servers, so that
     * {@code NOW()} and literals of {@code timestamp} columns mean UTC wall-clock time whatever the
     * JVM's zone (pgjdbc would otherwise give the session the JVM's zone). The caller closes it.
     *
     * @return an open connection in auto-commit mode
     * @throws SQLException when the database cannot be reached
     */
    public Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public String toString() {
        return "ConnectionInfo[" + jdbcUrl + ", user=" + username + ", password=" + (password == null ? "null" : "****") + "]";
    }
}
