package com.phiintelligence.sdk.query;

/**
 * A column a query may be sorted by. Implemented by one enum per table, so that no free text ever
 * reaches SQL.
 */
public interface SortKey {
    /** @return the name of the domain property sorted on, for example {@code createdAt} */
    String property();
}
