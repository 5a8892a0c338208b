package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.query.SortKey;

/** What administrators can be sorted by. */
public enum AdminUserSort implements SortKey {
    /** When the account was created. */
    CREATED_AT("createdAt"),
    /** The login name. */
    USERNAME("username"),
    /** The e-mail address. */
    EMAIL("email"),
    /** The role code. */
    ROLE("role");

    private final String property;

    AdminUserSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
