package com.phiintelligence.sdk.hibernate.internal;

import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.PhiException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps failures of Hibernate, HikariCP and pgjdbc onto the API's exceptions by SQLSTATE, so that no
 * driver or ORM type escapes the SDK. The original failure stays attached as the cause.
 */
public final class ErrorMapper {
    private ErrorMapper() {
    }

    /**
     * @param failure what was thrown inside a transaction
     * @return whether it is a failure of the database, the driver, the pool or the ORM (which
     *         {@link #map} translates), rather than the caller's own exception (which passes as is)
     */
    public static boolean isDataAccessFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof org.hibernate.HibernateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param failure what was thrown
     * @return the API exception to throw instead (the failure itself when it already is one)
     */
    public static PhiException map(Throwable failure) {
        if (failure instanceof PhiException phi) {
            return phi;
        }
        SQLException withState = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ConflictException("the row was changed or deleted by a concurrent transaction", null, failure);
            }
            if (t instanceof SQLException sql) {
                // A batch wraps the server's error (with its table, column and constraint) one level
                // deeper, as a cause or as the next exception: prefer the one that carries them.
                SQLException server = serverError(sql);
                if (server != null) {
                    return fromSqlState(server, failure);
                }
                if (withState == null && sql.getSQLState() != null) {
                    withState = sql;
                }
            }
        }
        if (withState != null) {
            return fromSqlState(withState, failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return new DataAccessException("the database is not available: " + t.getMessage(), null, true, failure);
            }
        }
        if (failure instanceof SQLException sql) {
            return new DataAccessException("the database is not available: " + sql.getMessage(), null, true, failure);
        }
        return new DataAccessException("database access failed: " + failure.getMessage(), null, false, failure);
    }

    private static SQLException serverError(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return e;
            }
        }
        return null;
    }

    private static PhiException fromSqlState(SQLException sql, Throwable failure) {
        String state = sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String table = server != null ? server.getTable() : null;
        String column = server != null ? server.getColumn() : null;
        String constraint = server != null ? server.getConstraint() : null;
        String where = table != null ? table + ": " : "";
        switch (state) {
            case "23505":
                return new ConflictException(where + "a unique key is already taken"
                        + (constraint != null ? " [" + constraint + "]" : ""), constraint, failure);
            case "23503":
                return new ReferenceException(where + "a referenced row is missing or still referenced"
                        + (constraint != null ? " [" + constraint + "]" : ""), constraint, failure);
            case "23502":
                return new ValidationException(column != null ? column : "value", "is required", failure);
            case "23P01":
                return new ConflictException(where + "the row conflicts with another under an exclusion constraint"
                        + (constraint != null ? " [" + constraint + "]" : ""), constraint, failure);
            case "22021":
            case "22P05":
                return new ValidationException(column != null ? column : "value",
                        "holds a character the database cannot store (such as U+0000)", failure);
            case "54000":
                return new ValidationException(column != null ? column : "value",
                        "is too large for the database: " + firstLine(sql.getMessage()), failure);
            case "23514":
                return new ValidationException(constraint != null ? constraint : "value",
                        "breaks a check constraint of the database", failure);
            case "22001":
                return new ValidationException(column != null ? column : "value", "is too long for its column", failure);
            case "22003":
                return new ValidationException(column != null ? column : "value",
                        "is out of the range its column can hold", failure);
            case "22P02":
            case "22007":
            case "22008":
                return new ValidationException(column != null ? column : "value",
                        "has a form the database cannot read: " + firstLine(sql.getMessage()), failure);
            case "25P02":
                return new DataAccessException("the transaction was aborted by an earlier failure in it: let that"
                        + " exception end the transaction (inTransaction rolls it back), then retry the whole unit of"
                        + " work [SQLSTATE 25P02]", state, false, failure);
            case "40001":
            case "40P01":
                return new ConflictException("a concurrent transaction changed the same rows; try again", null, failure);
            default:
                boolean transientFailure = isTransient(state);
                return new DataAccessException("database access failed [SQLSTATE " + state + "]: "
                        + firstLine(sql.getMessage()), state, transientFailure, failure);
        }
    }

    /**
     * @param sqlState a SQLSTATE, or null
     * @return whether a retry of the same work may succeed: the connection failed (class 08), the
     *         transaction was rolled back by the server (40), resources ran out (53), the server is
     *         shutting down or starting (57P), a lock was not obtained (55P03) or the statement was
     *         cancelled (57014)
     */
    public static boolean isTransient(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("40") || sqlState.startsWith("53")
                || sqlState.startsWith("57P") || sqlState.equals("55P03") || sqlState.equals("57014"));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
