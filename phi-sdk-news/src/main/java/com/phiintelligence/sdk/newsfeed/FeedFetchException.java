package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.error.PhiException;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A feed could not be downloaded: the server answered with a status other than 2xx, did not answer
 * in time, sent a body larger than the configured cap, or the connection failed. The message says
 * which, in words fit for a fetch log ({@code HTTP 404 from https://example.com/feed},
 * {@code no complete response within 30 s from ...}); {@link #reason()} says it as a value.
 *
 * <p>Messages show the URI without its query string and user information, because a feed URL may
 * carry an API key there. {@link #uri()} returns the full URI for the caller's own use.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public class FeedFetchException extends PhiException {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Reason {
        /** The server answered with a status outside 200-299 (after following redirects). */
        HTTP_STATUS,
        /** Connecting, or receiving the complete response, took longer than allowed. */
        TIMEOUT,
        /** The body was larger than the configured maximum; it was not read further. */
        TOO_LARGE,
        /** The connection failed: unknown host, refused, reset, TLS failure, too many redirects. */
        NETWORK,
        /** The calling thread was interrupted while waiting; its interrupt flag is set again. */
        INTERRUPTED
    }

    /** The URI that was requested. */
    private final URI uri;
    /** Why the fetch failed. */
    private final Reason reason;
    /** The HTTP status, or -1 when the failure is not an HTTP status. */
    private final int statusCode;

    /**
     * @param uri        the URI that was requested
     * @param reason     why the fetch failed
     * @param statusCode the HTTP status when {@code reason} is {@link Reason#HTTP_STATUS}, else
     *                   {@code -1}
     * @param message    what went wrong, readable in a fetch log
     * @param cause      the underlying failure, or {@code null}
     */
    public FeedFetchException(URI uri, Reason reason, int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusCode = reason == Reason.HTTP_STATUS ? statusCode : -1;
    }

    /** @return the URI that was requested (the full URI, query string included) */
    public URI uri() {
        return uri;
    }

    /** @return why the fetch failed */
    public Reason reason() {
        return reason;
    }

    /** @return the HTTP status the server answered with, when the reason is {@link Reason#HTTP_STATUS} */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Whether the same fetch may succeed if tried again later: timeouts, network failures, HTTP 408,
     * 425, 429 and 5xx are transient; other 4xx statuses, oversized bodies and interrupts are not.
     *
     * @return whether a later retry may succeed
     */
    public boolean isTransient() {
        switch (reason) {
            case TIMEOUT:
            case NETWORK:
                return true;
            case HTTP_STATUS:
                return statusCode == 408 || statusCode == 425 || statusCode == 429 || statusCode >= 500;
            default:
                return false;
        }
    }
}
