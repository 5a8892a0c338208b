package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.SortKey;

/** What news sources can be sorted by. */
public enum NewsSourceSort implements SortKey {
    /** The priority number: ascending puts {@link SourcePriority#HIGH} first. */
    PRIORITY("priority"),
    /** The name. */
    NAME("name"),
    /** The type code. */
    TYPE("type"),
    /** The status code. */
    STATUS("status"),
    /** When the source was last fetched. */
    LAST_FETCH("lastFetch"),
    /** When the source was added. */
    CREATED_AT("createdAt");

    private final String property;

    NewsSourceSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
