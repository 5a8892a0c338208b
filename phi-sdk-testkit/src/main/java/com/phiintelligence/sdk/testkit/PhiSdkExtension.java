package com.phiintelligence.sdk.testkit;

import com.phiintelligence.sdk.PhiSdk;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands tests a ready {@link PhiSdk} on a migrated database of
 * {@link PhiTestDatabase}. The database and the SDK are made once per test run and closed at its
 * end; before each test the 13 platform tables are emptied, so every test starts clean.
 *
 * <p>Parameters it resolves: {@link PhiSdk} (the shared, migrated SDK) and {@link ConnectionInfo}
 * (where that database is, for tests that look at it with plain JDBC). A test that needs a database
 * of its own, empty and not migrated, calls {@code PhiTestDatabase.get().newDatabase()}.
 *
 * <p>Use it with {@link PhiTest} or {@code @ExtendWith(PhiSdkExtension.class)}. The SDK must not
 * be closed by tests. Tests of one run must not run in parallel on it.
 */
public final class PhiSdkExtension implements ParameterResolver, BeforeEachCallback {
    /** The platform's tables, emptied before each test. */
    public static final List<String> TABLES = List.of(
            "users", "admin_users", "contacts", "jobs", "job_applications", "blog_posts",
            "news_sources", "news_articles", "news_fetch_logs",
            "voicebot_profiles", "voice_sessions", "voicebot_metrics", "voicebot_usage_summaries");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PhiSdkExtension.class);

    /** Created by JUnit. */
    public PhiSdkExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == PhiSdk.class || type == ConnectionInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        SharedSdk shared = shared(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == PhiSdk.class) {
            return shared.sdk;
        }
        if (type == ConnectionInfo.class) {
            return shared.database;
        }
        throw new ParameterResolutionException("PhiSdkExtension cannot resolve " + type);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        truncate(shared(extension).database);
    }

    /**
     * Empties the 13 platform tables of a database.
     *
     * @param database the database
     */
    public static void truncate(ConnectionInfo database) {
        try (Connection c = database.open();
             Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> "public." + t).toList()) + " CASCADE");
        } catch (SQLException e) {
            throw new TestDatabaseUnavailableException("Could not empty the test database " + database + ": "
                    + e.getMessage(), e);
        }
    }

    private static SharedSdk shared(ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedSdk.class, k -> SharedSdk.start(), SharedSdk.class);
    }

    /** The run's database and SDK, closed by JUnit when the run ends. */
    static final class SharedSdk implements AutoCloseable {
        final ConnectionInfo database;
        final PhiSdk sdk;

        private SharedSdk(ConnectionInfo database, PhiSdk sdk) {
            this.database = database;
            this.sdk = sdk;
        }

        static SharedSdk start() {
            ConnectionInfo database = PhiTestDatabase.get().newDatabase();
            PhiSdk sdk = PhiSdk.create(database.configBuilder().poolSize(4).build());
            return new SharedSdk(database, sdk);
        }

        @Override
        public void close() {
            sdk.close();
        }
    }
}
