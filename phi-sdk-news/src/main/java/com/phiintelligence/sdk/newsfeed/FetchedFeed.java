package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.newsfeed.internal.Uris;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A feed document as a server delivered it: the bytes (decompressed when the server sent them
 * gzip-encoded), the URI they finally came from after redirects, and the {@code Content-Type}
 * header, which {@link FeedParser} needs to choose the character set.
 *
 * <p>Immutable and thread-safe: the body is copied in and {@link #body()} returns a copy.
 */
public final class FetchedFeed {
    private final URI requestedUri;
    private final URI finalUri;
    private final URI baseUri;
    private final int statusCode;
    private final String contentType;
    private final byte[] body;
    private final Duration elapsed;

    FetchedFeed(URI requestedUri, URI finalUri, URI baseUri, int statusCode, String contentType, byte[] body,
            Duration elapsed, boolean copy) {
        this.requestedUri = Objects.requireNonNull(requestedUri, "requestedUri");
        this.finalUri = Objects.requireNonNull(finalUri, "finalUri");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.statusCode = statusCode;
        this.contentType = contentType;
        Objects.requireNonNull(body, "body");
        this.body = copy ? body.clone() : body;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * A document obtained some other way (a file, a cache, a test), to be given to
     * {@link FeedParser#parse(FetchedFeed)}.
     *
     * @param uri         the URI the document belongs to; relative links are resolved against it
     * @param contentType the {@code Content-Type} it would be served with, or {@code null}
     * @param body        the document's bytes; copied
     * @return the document, with status 200 and no elapsed time
     */
    public static FetchedFeed of(URI uri, String contentType, byte[] body) {
        return new FetchedFeed(uri, uri, uri, 200, contentType, body, Duration.ZERO, true);
    }

    /** @return the URI that was asked for */
    public URI requestedUri() {
        return requestedUri;
    }

    /** @return the URI the body came from, after redirects */
    public URI finalUri() {
        return finalUri;
    }

    /**
     * @return the base for the feed's relative links: the response's {@code Content-Location}
     *         (resolved against the final URI) when the server sent one, else the final URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the HTTP status of the final response, 200 to 299 */
    public int statusCode() {
        return statusCode;
    }

    /** @return the {@code Content-Type} header as the server sent it, or {@code null} when absent */
    public String contentType() {
        return contentType;
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    /** @return a stream over the body, without copying it */
    public InputStream openBody() {
        return new ByteArrayInputStream(body);
    }

    /** @return the body's length in bytes */
    public int bodyLength() {
        return body.length;
    }

    /** @return how long the fetch took, from sending the request to the last byte of the body */
    public Duration elapsed() {
        return elapsed;
    }

    /** The body without a copy, for the parser in this package. */
    byte[] bodyBytes() {
        return body;
    }

    /** Shows the URI without its query (it may carry an API key) and the body's size, not its bytes. */
    @Override
    public String toString() {
        return "FetchedFeed[" + Uris.redact(finalUri) + ", status "
                + statusCode + ", " + contentType + ", " + body.length + " bytes]";
    }
}
