package com.phiintelligence.sdk;

import com.phiintelligence.sdk.query.Query;
import java.util.Optional;

/**
 * The operations every table of the platform offers. Each table has a sub-interface (for example
 * {@code ContactRepository}) that adds its own operations. Implementations are thread-safe; a call
 * made inside {@link PhiSdk#inTransaction} joins that transaction, any other call runs in a
 * transaction of its own.
 *
 * @param <T>  the row type (an immutable record)
 * @param <ID> the primary key type
 * @param <N>  the command that creates a row
 * @param <U>  the command that changes a row
 * @param <Q>  the table's query type
 */
public interface Repository<T, ID, N, U, Q extends Query<T, ?, Q>> {

    /**
     * Inserts a row; the SDK fills the key (unless the command carries it) and the timestamps.
     *
     * @param command what to insert
     * @return the row as stored
     * @throws com.phiintelligence.sdk.error.ValidationException when the command breaks a rule
     * @throws com.phiintelligence.sdk.error.ConflictException   when a unique key is taken
     * @throws com.phiintelligence.sdk.error.ReferenceException  when a referenced row is missing
     */
    T create(N command);

    /**
     * @param id the primary key
     * @return the row, or empty when there is none
     */
    Optional<T> find(ID id);

    /**
     * @param id the primary key
     * @return the row
     * @throws com.phiintelligence.sdk.error.NotFoundException when there is none
     */
    T get(ID id);

    /**
     * Applies the fields the command sets and leaves the others as they are.
     *
     * @param id      the primary key
     * @param command what to change
     * @return the row as stored afterwards
     * @throws com.phiintelligence.sdk.error.NotFoundException when there is no such row
     */
    T update(ID id, U command);

    /**
     * @param id the primary key
     * @return whether a row was deleted
     * @throws com.phiintelligence.sdk.error.ReferenceException when other rows still reference it
     */
    boolean delete(ID id);

    /** @return a new query over the table, ordered by its default sort key */
    Q query();
}
