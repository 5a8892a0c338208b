package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.query.SortKey;

/** What plain accounts can be sorted by. */
public enum UserSort implements SortKey {
    /** The login name. */
    USERNAME("username");

    private final String property;

    UserSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
