package com.phiintelligence.sdk.testkit;

import com.phiintelligence.sdk.config.PhiConfig;
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

    @Override
    public String toString() {
        return "ConnectionInfo[" + jdbcUrl + ", user=" + username + ", password=" + (password == null ? "null" : "****") + "]";
    }
}
