package com.phiintelligence.sdk;

import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.error.PhiException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.spi.PhiSdkProvider;
import java.util.Iterator;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entry point of the PHI SDK: a connection pool to the platform database and a repository per
 * table. Create one per application with {@link #create(PhiConfig)}, share it between threads (it
 * is thread-safe) and {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * try (PhiSdk phi = PhiSdk.create(PhiConfig.of(System.getenv("PHI_DATABASE_URL")))) {
 *     Contact lead = phi.contacts().create(NewContact.builder()
 *             .name("Ada").email("ada@example.com").message("Call me").build());
 * }
 * }</pre>
 *
 * <p>The implementation is found with {@link ServiceLoader} through {@link PhiSdkProvider}: add
 * {@code phi-sdk-hibernate} (or another implementation) to the class path.
 */
public interface PhiSdk extends Repositories, AutoCloseable {

    /**
     * Starts the SDK: opens the pool and, unless switched off, creates, adopts or migrates the
     * schema.
     *
     * @param config where the database is
     * @return the started SDK
     * @throws PhiException when no implementation is on the class path, or the database cannot be
     *                      reached
     * @throws com.phiintelligence.sdk.schema.SchemaMismatchException when the database's shape would
     *                      break the SDK; nothing was changed
     */
    static PhiSdk create(PhiConfig config) {
        Objects.requireNonNull(config, "config");
        Iterator<PhiSdkProvider> providers = ServiceLoader.load(PhiSdkProvider.class, PhiSdk.class.getClassLoader()).iterator();
        if (!providers.hasNext()) {
            providers = ServiceLoader.load(PhiSdkProvider.class).iterator();
        }
        if (!providers.hasNext()) {
            throw new PhiException("No PHI SDK implementation on the class path: add the dependency "
                    + "com.phiintelligence:phi-sdk-hibernate");
        }
        return providers.next().create(config);
    }

    /**
     * Runs work in one transaction: every repository call made through the given view joins it.
     * Commits when the work returns, rolls back when it throws (and rethrows). A call nested in
     * another transaction on the same thread joins the outer one.
     *
     * @param work the work, given the transaction's repositories
     * @param <T>  what the work returns
     * @return what the work returned
     */
    <T> T inTransaction(Function<Repositories, T> work);

    /**
     * Like {@link #inTransaction} for work that returns nothing.
     *
     * @param work the work, given the transaction's repositories
     */
    default void useTransaction(Consumer<Repositories> work) {
        inTransaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    /** @return what the SDK found and did to the schema when it started */
    SchemaReport schemaReport();

    /** Closes the pool. Idempotent; the SDK cannot be used afterwards. */
    @Override
    void close();
}
