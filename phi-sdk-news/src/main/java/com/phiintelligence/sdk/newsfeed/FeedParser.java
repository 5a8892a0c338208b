package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.newsfeed.internal.DocumentDecoder;
import com.phiintelligence.sdk.newsfeed.internal.JsonFeedReader;
import com.phiintelligence.sdk.newsfeed.internal.XmlFeedReader;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a feed document into a {@link ParsedFeed}: RSS 0.90, 0.91, 0.92, 1.0 (RDF) and 2.0, Atom
 * 0.3 and 1.0 (through ROME), and JSON Feed 1.0 and 1.1.
 *
 * <p>Character set: a byte order mark, else the HTTP {@code Content-Type} charset, else the XML
 * declaration, else UTF-8; a declared charset that cannot decode the bytes is passed over, and
 * bytes that are not valid UTF-8 with nothing else to go by are read as windows-1252 (a superset
 * of Latin-1). {@link ParsedFeed#charset()} says which was used.
 *
 * <p>Leniency: whitespace and comments before the root element, HTML named entities such as
 * {@code &nbsp;}, stray ampersands, wrong weekdays and non-English month names in dates are
 * tolerated. Security: a DOCTYPE is tolerated but no external DTD or entity is ever loaded, and
 * entity expansion is capped.
 *
 * <p>Item fields are normalised as {@link ParsedItem} describes; items without a usable
 * link are not returned but listed in {@link ParsedFeed#skipped()} with the reason.
 *
 * <p>Thread-safe and stateless: one instance may serve any number of threads.
 */
public final class FeedParser {
    private static final FeedParser INSTANCE = new FeedParser();
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SNIPPET_CHARS = 40;

    private FeedParser() {
    }

    /** @return the parser */
    public static FeedParser create() {
        return INSTANCE;
    }

    /**
     * Reads a document fetched by {@link FeedFetcher}, using its {@code Content-Type} for the
     * character set and its final URI for relative links.
     *
     * @param fetched the fetched document
     * @return the feed; a valid feed without items gives an empty item list
     * @throws FeedParseException when the document is not a readable feed, with the reason
     */
    public ParsedFeed parse(FetchedFeed fetched) {
        Objects.requireNonNull(fetched, "fetched");
        return parse(fetched.bodyBytes(), fetched.contentType(), fetched.baseUri());
    }

    /**
     * Reads a document.
     *
     * @param document    the document's bytes; not modified
     * @param contentType the HTTP {@code Content-Type} it was served with, or {@code null}
     * @param documentUri the URI it was served from, against which relative links are resolved, or
     *                    {@code null}: the feed's own {@code atom:link rel="self"} is used instead
     *                    when it has one, and items whose link stays relative are skipped
     * @return the feed; a valid feed without items gives an empty item list
     * @throws FeedParseException when the document is empty, an HTML page, not well-formed, or not
     *                            RSS, RDF, Atom or JSON Feed
     */
    public ParsedFeed parse(byte[] document, String contentType, URI documentUri) {
        Objects.requireNonNull(document, "document");
        if (isBlank(document)) {
            throw new FeedParseException("the document is empty");
        }
        DocumentDecoder.Decoded decoded = DocumentDecoder.decode(document, contentType);
        String text = stripLeading(decoded.text());
        if (text.isEmpty()) {
            throw new FeedParseException("the document is empty");
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            return JsonFeedReader.read(text, decoded.charset(), documentUri);
        }
        if (first != '<') {
            throw new FeedParseException("the document is neither XML nor JSON: it starts with \""
                    + snippet(text) + "\"");
        }
        if (HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find()) {
            throw new FeedParseException("the document is an HTML page, not a feed");
        }
        return XmlFeedReader.read(text, decoded.charset(), documentUri);
    }

    private static boolean isBlank(byte[] document) {
        for (byte b : document) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return text.substring(i);
    }

    private static String snippet(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < SNIPPET_CHARS; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
        }
        return sb + (text.length() > SNIPPET_CHARS ? "…" : "");
    }
}
