package com.phiintelligence.sdk.newsfeed;

import java.util.Objects;

/**
 * An item of a feed that could not become a {@link ParsedItem}, and why. Immutable and thread-safe.
 *
 * @param position the item's position in the feed, counting from 0
 * @param title    the item's title as plain text, or {@code null} when it has none
 * @param reason   why the item was skipped, for example {@code no link} or
 *                 {@code link is not an absolute http(s) URL: /relative/path}
 */
public record SkippedItem(int position, String title, String reason) {

    /**
     * Checks that {@code reason} is given.
     *
     * @param position the item's position, from 0
     * @param title    the item's title, or {@code null}
     * @param reason   why it was skipped
     * @throws NullPointerException when {@code reason} is null
     */
    public SkippedItem {
        Objects.requireNonNull(reason, "reason");
    }
}
