package com.phiintelligence.sdk.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * A feed document read by {@link FeedParser}: the channel's title and link, what format and
 * character set it was in, its usable items and the items that had to be skipped. Immutable and
 * thread-safe.
 *
 * @param title   the feed's title as plain text, or {@code null} when it has none
 * @param link    the feed's web site (RSS channel {@code link}, Atom alternate link, JSON Feed
 *                {@code home_page_url}) as an absolute URL when it could be resolved, or
 *                {@code null}
 * @param format  the format in ROME's naming, for example {@code rss_0.9}, {@code rss_0.91U},
 *                {@code rss_1.0}, {@code rss_2.0}, {@code atom_0.3}, {@code atom_1.0}, and
 *                {@code json_1.0} or {@code json_1.1} for JSON Feed
 * @param charset the character set the document was decoded with, as a Java charset name, for
 *                example {@code UTF-8}, {@code ISO-8859-1} or {@code windows-1251}
 * @param items   the items that have a usable link, in feed order; empty, never {@code null}
 * @param skipped the items that were left out, with the reason; empty, never {@code null}
 */
public record ParsedFeed(
        String title,
        String link,
        String format,
        String charset,
        List<ParsedItem> items,
        List<SkippedItem> skipped) {

    /**
     * Checks the required components and copies the lists.
     *
     * @param title   the feed's title, or {@code null}
     * @param link    the feed's web site, or {@code null}
     * @param format  the format in ROME's naming
     * @param charset the character set the document was decoded with
     * @param items   the usable items; {@code null} reads as empty
     * @param skipped the skipped items; {@code null} reads as empty
     * @throws NullPointerException when {@code format} or {@code charset} is null, or a list
     *                              contains null
     */
    public ParsedFeed {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        items = items == null ? List.of() : List.copyOf(items);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /**
     * A feed in which no item was skipped.
     *
     * @param title   the feed's title, or {@code null}
     * @param link    the feed's web site, or {@code null}
     * @param format  the format in ROME's naming
     * @param charset the character set the document was decoded with
     * @param items   the items
     */
    public ParsedFeed(String title, String link, String format, String charset, List<ParsedItem> items) {
        this(title, link, format, charset, items, List.of());
    }

    /**
     * How many items the document held: the usable ones and the skipped ones. This is the
     * {@code articles_found} of a fetch log.
     *
     * @return {@code items().size() + skipped().size()}
     */
    public int itemsFound() {
        return items.size() + skipped.size();
    }
}
