package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.SortKey;

/** What fetch logs can be sorted by. */
public enum NewsFetchLogSort implements SortKey {
    /** When the attempt was logged. */
    CREATED_AT("createdAt"),
    /** The status code. */
    STATUS("status"),
    /** How long the fetch took. */
    FETCH_DURATION("fetchDurationMillis");

    private final String property;

    NewsFetchLogSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
