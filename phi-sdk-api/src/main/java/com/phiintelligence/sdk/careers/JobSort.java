package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.query.SortKey;

/** What jobs can be sorted by. */
public enum JobSort implements SortKey {
    /** When the job was posted. */
    CREATED_AT("createdAt"),
    /** The title. */
    TITLE("title"),
    /** The location. */
    LOCATION("location"),
    /** The kind of engagement. */
    TYPE("type");

    private final String property;

    JobSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
