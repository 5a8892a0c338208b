package com.phiintelligence.sdk.newsfeed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URI helpers: lenient parsing of the URLs feeds contain, resolution, and redaction for messages.
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe.
 */
public final class Uris {
    private static final String ILLEGAL_ASCII = " \"<>\\^`{|}";

    private Uris() {
    }

    /**
     * Parses a URI as feeds write them: trimmed, with spaces and the other ASCII characters that
     * RFC 3986 forbids percent-encoded.
     *
     * @param value the text, or {@code null}
     * @return the URI, or {@code null} when the value is blank or cannot be read as one
     */
    public static URI parse(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(trimmed.length() + 8);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (ILLEGAL_ASCII.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
                escaped.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        try {
            return new URI(escaped.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * @param base  the base URI, or {@code null}
     * @param value a URI reference as the feed writes it, or {@code null}
     * @return the reference resolved against the base (as given when it is absolute or there is no
     *         base), or {@code null} when it cannot be read
     */
    public static URI resolve(URI base, String value) {
        URI ref = parse(value);
        if (ref == null) {
            return null;
        }
        if (ref.isAbsolute() || base == null || base.isOpaque()) {
            return ref;
        }
        try {
            String raw = ref.toString();
            if (raw.isEmpty() || raw.startsWith("?")) {
                // URI.resolve follows RFC 2396 here and drops the last path segment; RFC 3986
                // section 5.2.2 keeps the base path, so build the result by hand.
                StringBuilder sb = new StringBuilder();
                sb.append(base.getScheme()).append(':');
                if (base.getRawAuthority() != null) {
                    sb.append("//").append(base.getRawAuthority());
                }
                sb.append(base.getRawPath() == null ? "" : base.getRawPath());
                if (raw.isEmpty()) {
                    if (base.getRawQuery() != null) {
                        sb.append('?').append(base.getRawQuery());
                    }
                } else {
                    sb.append(raw);
                }
                return new URI(sb.toString());
            }
            if (base.getRawAuthority() != null && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
                // URI.resolve glues "http://host" and "a" into "http://hosta".
                base = new URI(base.getScheme() + "://" + base.getRawAuthority() + "/");
            }
            return base.resolve(ref);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param uri a URI, or {@code null}
     * @return whether it is an absolute {@code http} or {@code https} URI with a host
     */
    public static boolean isWebUrl(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.isOpaque()) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /**
     * @param uri a URI
     * @return the URI without user information, query and fragment, for messages and logs (a feed
     *         URL may carry an API key in its query)
     */
    public static String redact(URI uri) {
        if (uri == null) {
            return "null";
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            return uri.getScheme() == null ? "(relative URI)" : uri.getScheme() + ":…";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            sb.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            sb.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            sb.append("?…");
        }
        return sb.toString();
    }
}
