package com.phiintelligence.sdk.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * One feed subscription of an OPML list. Immutable and thread-safe.
 *
 * @param title   the outline's {@code title}, else its {@code text}, whitespace collapsed, or
 *                {@code null} when it has neither
 * @param xmlUrl  the feed's URL as written in the list, trimmed; never {@code null}
 * @param htmlUrl the site's URL, trimmed, or {@code null}
 * @param folders the titles of the folder outlines that contain this one, outermost first; empty
 *                for a top-level outline, never {@code null}
 */
public record OpmlOutline(String title, String xmlUrl, String htmlUrl, List<String> folders) {

    /**
     * Checks {@code xmlUrl} and copies {@code folders}.
     *
     * @param title   the title, or {@code null}
     * @param xmlUrl  the feed's URL
     * @param htmlUrl the site's URL, or {@code null}
     * @param folders the enclosing folders, outermost first; {@code null} reads as empty
     * @throws NullPointerException when {@code xmlUrl} is null or {@code folders} contains null
     */
    public OpmlOutline {
        Objects.requireNonNull(xmlUrl, "xmlUrl");
        folders = folders == null ? List.of() : List.copyOf(folders);
    }
}
