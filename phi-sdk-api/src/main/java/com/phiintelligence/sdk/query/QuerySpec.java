package com.phiintelligence.sdk.query;

import java.util.List;

/**
 * What a query asks for, handed by a {@link Query} to its {@link QueryExecutor}.
 *
 * @param filters the conditions, all of which must hold
 * @param sorts   the sort order, most significant first; implementations add the primary key last
 *                so that paging is stable
 * @param limit   the largest number of rows to return from {@code list} and {@code stream}, or
 *                {@code null} for no limit
 */
public record QuerySpec(List<Filter> filters, List<Sort> sorts, Integer limit) {

    /** Copies the lists. */
    public QuerySpec {
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
    }

    /**
     * One sort key with its direction.
     *
     * @param property  the domain property
     * @param direction the direction
     */
    public record Sort(String property, SortDirection direction) {
    }
}
