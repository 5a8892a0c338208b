package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.newsfeed.FeedFetchException.Reason;
import com.phiintelligence.sdk.newsfeed.internal.BoundedBody;
import com.phiintelligence.sdk.newsfeed.internal.Uris;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads feed documents over HTTP(S) with {@link HttpClient}: a {@code GET} with a User-Agent
 * and an {@code Accept} header for RSS, Atom, XML and JSON Feed, following redirects (except from
 * HTTPS to HTTP), with a connect timeout, a deadline for the whole exchange and a cap on the body's
 * size. Gzip-encoded bodies are decompressed; the cap holds for the decompressed size too.
 *
 * <p>Every failure is a {@link FeedFetchException} that says why: the HTTP status, a timeout, an
 * oversized body, a network error.
 *
 * <p>Defaults: connect timeout {@value #DEFAULT_CONNECT_TIMEOUT_SECONDS} s, request timeout
 * {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} s, body at most {@value #DEFAULT_MAX_BODY_BYTES} bytes
 * (10 MiB), User-Agent {@value #DEFAULT_USER_AGENT}.
 *
 * <p>Thread-safe and meant to be shared: create one per application and call {@link #fetch(URI)}
 * from any number of threads; it reuses connections between calls.
 */
public final class FeedFetcher {
    /** Default time to establish a connection, in seconds. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    /** Default time for the whole exchange, from request to the body's last byte, in seconds. */
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
    /** Default largest body, in bytes (10 MiB). */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** Default User-Agent header. */
    public static final String DEFAULT_USER_AGENT =
            "PHI-Intelligence-NewsFetcher/1.0 (+https://phiintelligence.com)";

    private static final Logger LOG = LoggerFactory.getLogger(FeedFetcher.class);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.5, "
            + "*/*;q=0.1";
    /** Servers may not put an arbitrarily large body into memory; an int-indexed array bounds it. */
    private static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 16L;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final String userAgent;

    private FeedFetcher(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.userAgent = builder.userAgent;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** @return a fetcher with the default settings */
    public static FeedFetcher create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the time allowed to establish a connection */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the time allowed for the whole exchange, from the request to the body's last byte */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return the largest body accepted, in bytes, before and after decompression */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** @return the User-Agent header sent */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Downloads a feed document.
     *
     * @param uri the feed's URL, {@code http} or {@code https}
     * @return the body, the final URI after redirects and the {@code Content-Type}
     * @throws NullPointerException when {@code uri} is null
     * @throws ValidationException  when {@code uri} is not an absolute http(s) URI
     * @throws FeedFetchException   when the server answers with a non-2xx status, does not answer in
     *                              time, sends too large a body, or the connection fails
     */
    public FetchedFeed fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (!Uris.isWebUrl(uri)) {
            throw new ValidationException("uri", "must be an absolute http or https URI");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .build();
        String shown = Uris.redact(uri);
        long start = System.nanoTime();
        LOG.debug("GET {}", shown);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, BoundedBody.handler(maxBodyBytes));
        HttpResponse<byte[]> response;
        try {
            // The client's own timeout ends when the headers arrive; this deadline covers the body too.
            response = future.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FeedFetchException(uri, Reason.TIMEOUT, -1,
                    "no complete response within " + format(requestTimeout) + " from " + shown, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedFetchException(uri, Reason.INTERRUPTED, -1, "interrupted while fetching " + shown, e);
        } catch (ExecutionException e) {
            throw failure(uri, shown, e.getCause());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int status = response.statusCode();
        String finalShown = Uris.redact(response.uri());
        String via = response.uri().equals(uri) ? "" : " (redirected to " + finalShown + ")";
        if (status < 200 || status > 299) {
            throw new FeedFetchException(uri, Reason.HTTP_STATUS, status,
                    "HTTP " + status + describe(status) + " from " + shown + via, null);
        }
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding")
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> v.equals("gzip") || v.equals("x-gzip"))
                .isPresent()) {
            try {
                body = BoundedBody.gunzip(body, maxBodyBytes);
            } catch (BoundedBody.TooLargeException e) {
                throw tooLarge(uri, shown, e);
            } catch (IOException e) {
                throw new FeedFetchException(uri, Reason.NETWORK, -1,
                        "the gzip-encoded body from " + shown + " is corrupt: " + e.getMessage(), e);
            }
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        LOG.debug("GET {}: HTTP {}{}, {} bytes of {} in {} ms", shown, status, via, body.length, contentType,
                elapsed.toMillis());
        return new FetchedFeed(uri, response.uri(), baseUri(response), status, contentType, body, elapsed, false);
    }

    /**
     * The response's Content-Location, when it holds a valid absolute http(s) URI once resolved, is
     * where the representation lives (RFC 9110, 8.7): relative links in the feed resolve against it,
     * so the same feed served through a mirror or a changing address keeps the same article URLs.
     */
    private static URI baseUri(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Location").flatMap(location -> {
            try {
                URI resolved = response.uri().resolve(location.strip());
                String scheme = resolved.getScheme();
                return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)
                        ? java.util.Optional.of(resolved) : java.util.Optional.<URI>empty();
            } catch (IllegalArgumentException e) {
                return java.util.Optional.<URI>empty();
            }
        }).orElse(response.uri());
    }

    private FeedFetchException failure(URI uri, String shown, Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BoundedBody.TooLargeException) {
                return tooLarge(uri, shown, c);
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FeedFetchException(uri, Reason.TIMEOUT, -1,
                        "could not connect within " + format(connectTimeout) + " to " + shown, t);
            }
            if (c instanceof HttpTimeoutException) {
                return new FeedFetchException(uri, Reason.TIMEOUT, -1,
                        "no response within " + format(requestTimeout) + " from " + shown, t);
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new FeedFetchException(uri, Reason.NETWORK, -1, "unknown host in " + shown, t);
            }
            if (c instanceof ConnectException) {
                return new FeedFetchException(uri, Reason.NETWORK, -1, "could not connect to " + shown
                        + (c.getMessage() == null ? "" : ": " + c.getMessage()), t);
            }
            if (c instanceof SSLException) {
                return new FeedFetchException(uri, Reason.NETWORK, -1,
                        "TLS failure with " + shown + ": " + c.getMessage(), t);
            }
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new FeedFetchException(uri, Reason.NETWORK, -1, "I/O error fetching " + shown + ": " + message, t);
    }

    private FeedFetchException tooLarge(URI uri, String shown, Throwable cause) {
        return new FeedFetchException(uri, Reason.TOO_LARGE, -1,
                "body from " + shown + " is larger than the limit of " + maxBodyBytes + " bytes", cause);
    }

    private static String describe(int status) {
        switch (status) {
            case 304: return " Not Modified";
            case 400: return " Bad Request";
            case 401: return " Unauthorized";
            case 403: return " Forbidden";
            case 404: return " Not Found";
            case 410: return " Gone";
            case 429: return " Too Many Requests";
            case 500: return " Internal Server Error";
            case 502: return " Bad Gateway";
            case 503: return " Service Unavailable";
            case 504: return " Gateway Timeout";
            default: return "";
        }
    }

    private static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * Collects the settings of a {@link FeedFetcher}; {@link #build()} checks them all. Not
     * thread-safe.
     */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS);
        private Duration requestTimeout = Duration.ofSeconds(DEFAULT_REQUEST_TIMEOUT_SECONDS);
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private String userAgent = DEFAULT_USER_AGENT;

        private Builder() {
        }

        /**
         * @param connectTimeout the time allowed to establish a connection, at least 1 ms
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * @param requestTimeout the time allowed for the whole exchange, from sending the request to
         *                       the body's last byte, at least 1 ms
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * @param maxBodyBytes the largest body accepted in bytes, before and after decompression;
         *                     1 to 2 GiB - 17
         * @return this builder
         */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * @param userAgent the User-Agent header; a name, a version and a contact URL help site
         *                  owners
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Checks every setting and freezes them.
         *
         * @return the fetcher
         * @throws ValidationException naming the first setting that is wrong
         */
        public FeedFetcher build() {
            checkPositive(connectTimeout, "connectTimeout");
            checkPositive(requestTimeout, "requestTimeout");
            if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
                throw new ValidationException("maxBodyBytes", "must be between 1 and " + MAX_BODY_LIMIT);
            }
            if (userAgent == null || userAgent.isBlank()) {
                throw new ValidationException("userAgent", "must not be blank");
            }
            if (userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
                throw new ValidationException("userAgent", "must be printable ASCII");
            }
            return new FeedFetcher(this);
        }

        private static void checkPositive(Duration duration, String name) {
            if (duration == null) {
                throw new ValidationException(name, "is required");
            }
            if (duration.isNegative() || duration.toMillis() < 1) {
                throw new ValidationException(name, "must be at least 1 ms");
            }
        }
    }
}
