package com.phiintelligence.sdk.query;

import java.util.List;

/**
 * One page of a query's rows with the total count of all matching rows.
 *
 * @param items  the rows of this page, never null
 * @param number the page number, starting at 0
 * @param size   the requested page size
 * @param total  the number of rows matching the query over all pages
 * @param <T>    the row type
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** @return the number of pages, at least 1 */
    public long totalPages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** @return whether a page follows this one */
    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }
}
