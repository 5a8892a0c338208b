package com.phiintelligence.sdk.newsfeed;

import java.net.URI;
import java.util.Objects;

/**
 * Fetches and parses a feed in one call: the seam between the aggregation that stores articles
 * and the network. Production code uses {@link #of(FeedFetcher, FeedParser)}; tests of code that
 * stores articles can pass a lambda that returns a prepared {@link ParsedFeed} or throws.
 *
 * <p>Implementations must be thread-safe; the one returned by {@link #of} is.
 */
@FunctionalInterface
public interface FeedReader {

    /**
     * @param feedUri the feed's URL
     * @return the parsed feed
     * @throws FeedFetchException when the feed cannot be downloaded
     * @throws FeedParseException when the document is not a readable feed
     */
    ParsedFeed read(URI feedUri);

    /**
     * @param fetcher downloads the document
     * @param parser  reads it
     * @return a reader that fetches, then parses with the response's {@code Content-Type} and final URI
     */
    static FeedReader of(FeedFetcher fetcher, FeedParser parser) {
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(parser, "parser");
        return feedUri -> parser.parse(fetcher.fetch(feedUri));
    }
}
