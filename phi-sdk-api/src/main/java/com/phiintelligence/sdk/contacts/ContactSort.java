package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.query.SortKey;

/** What leads can be sorted by. */
public enum ContactSort implements SortKey {
    /** When the lead was received. */
    CREATED_AT("createdAt"),
    /** The name. */
    NAME("name"),
    /** The status code. */
    STATUS("status"),
    /** The priority code. */
    PRIORITY("priority"),
    /** When the lead was first answered. */
    LAST_CONTACTED_AT("lastContactedAt");

    private final String property;

    ContactSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
