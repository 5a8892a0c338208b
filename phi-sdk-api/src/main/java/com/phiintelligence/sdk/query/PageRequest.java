package com.phiintelligence.sdk.query;

import com.phiintelligence.sdk.error.ValidationException;

/**
 * Which page of a query to read.
 *
 * @param number the page number, starting at 0; the page must start within the first
 *               {@value Integer#MAX_VALUE} rows
 * @param size   the number of rows per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int number, int size) {
    /** The default page size of admin listings. */
    public static final int DEFAULT_SIZE = 50;
    /** The largest page a query returns. */
    public static final int MAX_SIZE = 1000;

    /** Checks the bounds. */
    public PageRequest {
        if (number < 0) {
            throw new ValidationException("page.number", "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("page.size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) number * size > Integer.MAX_VALUE) {
            throw new ValidationException("page.number", "must not put the page beyond row " + Integer.MAX_VALUE
                    + " (number times size)");
        }
    }

    /**
     * @param number the page number, starting at 0
     * @return that page with {@value #DEFAULT_SIZE} rows
     */
    public static PageRequest of(int number) {
        return new PageRequest(number, DEFAULT_SIZE);
    }

    /**
     * @param number the page number, starting at 0
     * @param size   rows per page
     * @return that page
     */
    public static PageRequest of(int number, int size) {
        return new PageRequest(number, size);
    }

    /** @return the number of rows before this page */
    public long offset() {
        return (long) number * size;
    }
}
