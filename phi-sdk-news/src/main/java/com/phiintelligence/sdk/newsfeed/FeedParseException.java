package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.error.PhiException;

/**
 * A document could not be read as a feed: it is empty, an HTML page, JSON that is not a JSON Feed,
 * XML that is not well-formed, or XML whose root is not RSS, RDF or Atom. The message says which,
 * with the line and column for XML errors, in words fit for a fetch log.
 *
 * <p>A valid feed with no items is <em>not</em> an error: it parses to a {@link ParsedFeed} with an
 * empty item list.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public class FeedParseException extends PhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message why the document is not a readable feed
     */
    public FeedParseException(String message) {
        super(message);
    }

    /**
     * @param message why the document is not a readable feed
     * @param cause   the underlying failure, kept for diagnostics
     */
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
