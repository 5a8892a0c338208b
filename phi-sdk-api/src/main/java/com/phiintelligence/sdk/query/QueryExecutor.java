package com.phiintelligence.sdk.query;

import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a {@link QuerySpec} for one table. Implemented by an SDK implementation, not by callers.
 *
 * @param <T> the row type
 */
public interface QueryExecutor<T> {

    /**
     * @param spec   the query
     * @param offset rows to skip
     * @param limit  the largest number of rows to return, or {@code null} for all
     * @return the matching rows in order
     */
    List<T> list(QuerySpec spec, long offset, Integer limit);

    /**
     * @param spec the query; its sorts and limit are ignored
     * @return the number of matching rows
     */
    long count(QuerySpec spec);

    /**
     * @param spec the query
     * @return the matching rows, read lazily; the caller must close the stream
     */
    Stream<T> stream(QuerySpec spec);
}
