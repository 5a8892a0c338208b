package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.SortKey;

/** What articles can be sorted by; articles without a value come last in either direction. */
public enum NewsArticleSort implements SortKey {
    /** When the publisher published it. */
    PUBLISHED_AT("publishedAt"),
    /** When it was stored. */
    CREATED_AT("createdAt"),
    /** The headline. */
    TITLE("title"),
    /** The category code. */
    CATEGORY("category"),
    /** The fetch status code. */
    FETCH_STATUS("fetchStatus");

    private final String property;

    NewsArticleSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
