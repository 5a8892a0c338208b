package com.phiintelligence.sdk.hibernate.internal;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in Hibernate sessions: joins the transaction that {@link #inTransaction} opened on the
 * current thread, or runs the work in a transaction of its own. Every failure leaves as an API
 * exception. Thread-safe.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final SessionFactory sessionFactory;
    private final String sdkSchema;
    private final Clock clock;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private volatile boolean closed;

    /**
     * @param sessionFactory the session factory
     * @param sdkSchema      the schema of the SDK's own state
     * @param clock          the clock that stamps rows
     */
    public Database(SessionFactory sessionFactory, String sdkSchema, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.sdkSchema = sdkSchema;
        this.clock = clock;
    }

    /** @return the schema of the SDK's own state */
    public String sdkSchema() {
        return sdkSchema;
    }

    /** @return the clock that stamps rows */
    public Clock clock() {
        return clock;
    }

    /** @return the session factory */
    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /**
     * Runs one unit of repository work: in the current transaction when there is one (flushing, so
     * that a constraint failure surfaces at this call), else in a transaction of its own.
     *
     * @param work the work
     * @param <R>  its result
     * @return its result
     */
    public <R> R run(Function<Session, R> work) {
        Session session = current.get();
        if (session == null) {
            return inTransaction(() -> work.apply(current.get()));
        }
        try {
            R result = work.apply(session);
            session.flush();
            return result;
        } catch (RuntimeException e) {
            throw ErrorMapper.isDataAccessFailure(e) ? ErrorMapper.map(e) : e;
        }
    }

    /**
     * Runs work in one transaction on this thread, or joins the one already open.
     *
     * @param work the work
     * @param <R>  its result
     * @return its result
     */
    public <R> R inTransaction(Supplier<R> work) {
        if (current.get() != null) {
            return work.get();
        }
        ensureOpen();
        Session session;
        try {
            session = sessionFactory.openSession();
        } catch (RuntimeException e) {
            throw ErrorMapper.map(e);
        }
        Transaction tx = null;
        try {
            tx = session.beginTransaction();
            current.set(session);
            R result = work.get();
            session.flush();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(tx);
            // The caller's own exceptions leave the transaction as they were thrown.
            throw ErrorMapper.isDataAccessFailure(e) ? ErrorMapper.map(e) : e;
        } catch (Error e) {
            rollback(tx);
            throw e;
        } finally {
            current.remove();
            session.close();
        }
    }

    /**
     * Opens a session with a transaction that the caller must end with {@link #finish}; for streams
     * that outlive the call that opened them.
     *
     * @return the session
     */
    public Session openDetached() {
        ensureOpen();
        try {
            Session session = sessionFactory.openSession();
            session.setDefaultReadOnly(true);
            session.beginTransaction();
            return session;
        } catch (RuntimeException e) {
            throw ErrorMapper.map(e);
        }
    }

    /**
     * Ends a session from {@link #openDetached()}: rolls its read-only transaction back and closes it.
     *
     * @param session the session
     */
    public void finish(Session session) {
        try {
            rollback(session.getTransaction());
        } finally {
            session.close();
        }
    }

    /** Refuses further work: called when the SDK closes. */
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this PhiSdk is closed");
        }
    }

    /** @return the session of the transaction open on this thread, or null */
    public Session currentSession() {
        return current.get();
    }

    private static void rollback(Transaction tx) {
        if (tx != null && tx.isActive()) {
            try {
                tx.rollback();
            } catch (RuntimeException e) {
                LOG.warn("Rollback failed", e);
            }
        }
    }
}
