package com.phiintelligence.sdk.query;

/** The direction of a sort key. */
public enum SortDirection {
    /** Smallest first; nulls last. */
    ASC,
    /** Largest first; nulls last. */
    DESC
}
