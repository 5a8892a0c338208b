package com.phiintelligence.sdk.hibernate.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL advisory lock held while the SDK inspects and changes the schema, so that SDK
 * instances starting together on one database take turns: the second one waits, then finds the
 * schema the first one made. One key per database, whatever the SDK schema, because the platform
 * tables in public are shared by every SDK schema.
 *
 * <p>The lock is transaction-scoped ({@code pg_advisory_xact_lock}) and held by a transaction left
 * open on a connection of its own that does nothing else. A session lock would not survive a pooler
 * in transaction mode (Neon's): the pooler hands the server session to other clients after each
 * transaction, so the unlock could reach another session and the lock stay behind. An open
 * transaction keeps its server session, and ends (releasing the lock) when the connection is lost.
 * The work itself runs on other connections, so that no catalog read keeps a snapshot or a table
 * lock open while Flyway changes the tables; for the same reason an SDK migration must not use
 * {@code CREATE INDEX CONCURRENTLY}, which would wait for this transaction.
 */
final class SchemaLock implements AutoCloseable {
    /** The advisory lock key: "PHISDK" in ASCII, unlikely to be chosen by anyone else. */
    static final long KEY = 0x504849_53444BL;
    private static final Logger LOG = LoggerFactory.getLogger(SchemaLock.class);

    private final Connection connection;
    private final boolean autoCommit;

    private SchemaLock(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    /**
     * Opens a connection, starts a transaction on it and waits until the lock is granted.
     *
     * @param dataSource where to connect
     * @return the held lock; close it to release lock and connection
     * @throws SQLException when no connection could be had or the wait failed
     */
    static SchemaLock acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            }
            return new SchemaLock(connection, autoCommit);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Ends the transaction, which releases the lock, and gives the connection back. */
    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
            connection.setAutoCommit(autoCommit);
            connection.close();
        } catch (SQLException e) {
            // The transaction, and the lock with it, ends with the session: end the session.
            LOG.warn("Could not release the PHI SDK schema lock; closing the session instead", e);
            connection.abort(Runnable::run);
            throw e;
        }
    }
}
