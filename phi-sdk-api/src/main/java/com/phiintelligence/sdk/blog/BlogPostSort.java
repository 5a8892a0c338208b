package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.query.SortKey;

/** What posts can be sorted by. */
public enum BlogPostSort implements SortKey {
    /** When the post was published. */
    PUBLISHED_AT("publishedAt"),
    /** The title. */
    TITLE("title"),
    /** The slug. */
    SLUG("slug"),
    /** The author. */
    AUTHOR("author");

    private final String property;

    BlogPostSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
