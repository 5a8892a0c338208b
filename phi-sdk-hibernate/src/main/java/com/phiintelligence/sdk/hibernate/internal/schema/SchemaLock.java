package com.phiintelligence.sdk.hibernate.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session advisory lock held on a connection of its own while the SDK inspects and
 * changes the schema, so that SDK instances starting together on one database take turns: the
 * second one waits, then finds the schema the first one made. One key per database, whatever the
 * SDK schema, because the platform tables in public are shared by every SDK schema.
 *
 * <p>The connection stays in autocommit mode: a catalog read must not keep a transaction (and its
 * table locks) open while Flyway changes those tables on its own connections.
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
     * Opens a connection and waits until the lock is granted.
     *
     * @param dataSource where to connect
     * @return the held lock; close it to release lock and connection
     * @throws SQLException when no connection could be had or the wait failed
     */
    static SchemaLock acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            }
            return new SchemaLock(connection, autoCommit);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** @return the connection that holds the lock, in autocommit mode; do not close it */
    Connection connection() {
        return connection;
    }

    /** Releases the lock and gives the connection back. */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
            connection.setAutoCommit(autoCommit);
            connection.close();
        } catch (SQLException e) {
            // A pooled connection would keep the session, and the lock with it, for ever: end the session.
            LOG.warn("Could not release the PHI SDK schema lock; closing the session instead", e);
            connection.abort(Runnable::run);
            throw e;
        }
    }
}
