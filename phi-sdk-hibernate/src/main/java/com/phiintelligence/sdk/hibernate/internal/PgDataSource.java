package com.phiintelligence.sdk.hibernate.internal;

import com.phiintelligence.sdk.config.DatabaseUrl;
import com.phiintelligence.sdk.config.PhiConfig;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * Opens pgjdbc connections for the pool with the credentials and the URL's secret parameters
 * ({@code sslpassword}) as driver properties. The pool is handed this data source rather than a URL
 * and properties, because a pool logs its configuration (HikariCP at DEBUG masks only a property
 * named {@code password}); this class shows nothing but the URL without secrets. Thread-safe.
 *
 * <p>Internal: not part of the supported API.
 */
final class PgDataSource implements DataSource {
    private final Driver driver = new Driver();
    private final String url;
    private final Properties properties = new Properties();
    private volatile int loginTimeoutSeconds;

    /** @param config the SDK configuration whose URL, credentials and secrets to connect with */
    PgDataSource(PhiConfig config) {
        this.url = config.jdbcUrl();
        if (config.username() != null) {
            properties.setProperty("user", config.username());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        // pgjdbc's property names are lower case (sslpassword), whatever case the URL used.
        config.secretParameters().forEach((name, value) -> properties.setProperty(name.toLowerCase(Locale.ROOT), value));
        // Keep row values (e-mails, personal data in a conflicting key) out of driver messages,
        // which end up in exceptions and logs; the constraint name still says what conflicted.
        properties.setProperty("logServerErrorDetail", "false");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties connect = new Properties();
        connect.putAll(properties);
        if (loginTimeoutSeconds > 0) {
            connect.setProperty("loginTimeout", Integer.toString(loginTimeoutSeconds));
        }
        Connection connection = driver.connect(url, connect);
        if (connection == null) {
            throw new SQLException("not a pgjdbc URL: " + DatabaseUrl.redact(url), "08001");
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the credentials come from the PHI SDK configuration");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // pgjdbc logs through java.util.logging; nothing to set
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("pgjdbc logs through its own java.util.logging loggers");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** @return the URL without secrets; never the credentials or the secret parameters */
    @Override
    public String toString() {
        return "PgDataSource[" + DatabaseUrl.redact(url) + "]";
    }
}
