package com.phiintelligence.sdk.error;

/**
 * The database could not do what was asked: it is unreachable, it refused the credentials, a
 * statement failed for a reason that is not the caller's input. {@link #isTransient()} tells
 * whether the same call may succeed if tried again (a lost connection, a serialization failure,
 * a pool that had no free connection in time).
 */
public class DataAccessException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final String sqlState;

    /**
     * @param message          what failed
     * @param sqlState         the SQLSTATE the database reported, or {@code null}
     * @param transientFailure whether a retry may succeed
     * @param cause            the underlying failure, or {@code null}
     */
    public DataAccessException(String message, String sqlState, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.transientFailure = transientFailure;
    }

    /** @return whether trying the same call again may succeed */
    public boolean isTransient() {
        return transientFailure;
    }

    /** @return the SQLSTATE the database reported, or {@code null} when there was none */
    public String sqlState() {
        return sqlState;
    }
}
