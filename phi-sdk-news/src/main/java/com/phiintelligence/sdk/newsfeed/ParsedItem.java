package com.phiintelligence.sdk.newsfeed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One item (RSS {@code item}, Atom {@code entry}, JSON Feed item) of a parsed feed, shaped like a
 * row of the news articles table. Immutable and thread-safe.
 *
 * @param title       the headline as plain text: HTML entities decoded, tags removed, whitespace
 *                    collapsed and trimmed; {@code null} when the item has none
 * @param url         the article's absolute {@code http} or {@code https} URL: the item link (a
 *                    FeedBurner {@code origLink} when there is one), resolved against
 *                    {@code xml:base} and the feed's URL, trimmed; never {@code null}, because items
 *                    without a usable link are {@linkplain ParsedFeed#skipped() skipped}
 * @param excerpt     plain text of the summary (or of the content when there is no summary),
 *                    whitespace collapsed, at most {@value #EXCERPT_MAX_CHARS} characters, cut at a
 *                    word boundary and ended with {@code …} when it was cut; {@code null} when the
 *                    item has no text
 * @param content     the full content as HTML as the feed gives it ({@code content:encoded}, Atom
 *                    {@code content}, else the description), trimmed; plain-text content is
 *                    HTML-escaped; {@code null} when the item has none
 * @param author      the author names ({@code dc:creator}, Atom authors, RSS {@code author}), several
 *                    joined with {@code ", "}; {@code null} when none is given
 * @param publishedAt when the item was published, else last updated, else its {@code dc:date};
 *                    {@code null} when the feed gives no date or one that cannot be read
 * @param tags        the category terms, trimmed, without blanks and duplicates (compared ignoring
 *                    case), in feed order; empty, never {@code null}
 * @param imageUrl    the absolute URL of the item's image: a Media RSS {@code content} that is an
 *                    image, a Media RSS {@code thumbnail} (also inside {@code media:group}), an image
 *                    enclosure, or a JSON Feed {@code image}; {@code null} when there is none
 * @param readTime    the estimated reading time, {@code "N min read"} with N = ceil(words / 200) of
 *                    the plain text of the content (else of the excerpt), at least 1; {@code null}
 *                    when the item has no text
 */
public record ParsedItem(
        String title,
        String url,
        String excerpt,
        String content,
        String author,
        Instant publishedAt,
        List<String> tags,
        String imageUrl,
        String readTime) {

    /** The longest {@link #excerpt()} in characters, the ellipsis included. */
    public static final int EXCERPT_MAX_CHARS = 300;

    /**
     * Checks that {@code url} is given and copies {@code tags}.
     *
     * @param title       the plain-text title, or {@code null}
     * @param url         the absolute article URL
     * @param excerpt     the plain-text excerpt, or {@code null}
     * @param content     the HTML content, or {@code null}
     * @param author      the author names, or {@code null}
     * @param publishedAt the publication instant, or {@code null}
     * @param tags        the tags; {@code null} reads as empty
     * @param imageUrl    the image URL, or {@code null}
     * @param readTime    the reading time, or {@code null}
     * @throws NullPointerException when {@code url} is null or {@code tags} contains null
     */
    public ParsedItem {
        Objects.requireNonNull(url, "url");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
