package com.phiintelligence.sdk.newsfeed.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.phiintelligence.sdk.newsfeed.FeedParseException;
import com.phiintelligence.sdk.newsfeed.ParsedFeed;
import com.phiintelligence.sdk.newsfeed.ParsedItem;
import com.phiintelligence.sdk.newsfeed.SkippedItem;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), which ROME does not.
 *
 * <p>Mapping: {@code url} (else {@code external_url}, else an {@code id} that is a web URL) is the
 * item URL; {@code content_html} (else {@code content_text}, escaped) the content; {@code summary}
 * (else the content) the excerpt; {@code date_published} (else {@code date_modified}) the date;
 * {@code authors} (1.1) or {@code author} (1.0), else the feed's, the author; {@code image}, else
 * {@code banner_image}, else an image attachment, the image. Relative URLs are resolved against
 * the feed's URL.
 *
 * <p>Internal: not part of the supported API. Thread-safe (the mapper is configured once).
 */
public final class JsonFeedReader {
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    /** Jackson's default read constraints (nesting depth, string length) bound hostile input. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonFeedReader() {
    }

    /**
     * @param text        the document, decoded
     * @param charset     the character set it was decoded with, reported in the result
     * @param documentUri the URI it was fetched from, for relative URLs, or {@code null}
     * @return the feed
     * @throws FeedParseException when the text is not JSON or not a JSON Feed
     */
    public static ParsedFeed read(String text, Charset charset, URI documentUri) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new FeedParseException("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("the document is JSON but not a JSON Feed: it is not an object");
        }
        String version = string(root, "version");
        if (version == null || !version.startsWith(VERSION_PREFIX)) {
            throw new FeedParseException("the document is JSON but not a JSON Feed: no \"version\" starting with "
                    + VERSION_PREFIX);
        }
        String format = "json_" + normalizeVersion(version.substring(VERSION_PREFIX.length()));
        URI base = documentUri;
        URI feedUrl = Uris.resolve(documentUri, string(root, "feed_url"));
        if (documentUri == null && Uris.isWebUrl(feedUrl)) {
            base = feedUrl;
        }
        List<String> feedAuthors = authors(root);
        List<ParsedItem> items = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        JsonNode array = root.get("items");
        if (array != null && !array.isArray()) {
            throw new FeedParseException("the JSON Feed's \"items\" is not an array");
        }
        if (array != null) {
            int position = 0;
            for (JsonNode node : array) {
                readItem(node, position++, base, feedAuthors, items, skipped);
            }
        }
        URI home = Uris.resolve(base, string(root, "home_page_url"));
        return new ParsedFeed(Text.collapse(string(root, "title")), Uris.isWebUrl(home) ? home.toString() : null,
                format, charset.name(), items, skipped);
    }

    private static String normalizeVersion(String version) {
        return version.contains(".") ? version : version + ".0";
    }

    private static void readItem(JsonNode node, int position, URI base, List<String> feedAuthors,
            List<ParsedItem> items, List<SkippedItem> skipped) {
        if (!node.isObject()) {
            skipped.add(new SkippedItem(position, null, "item is not a JSON object"));
            return;
        }
        String title = Text.collapse(string(node, "title"));
        String url = null;
        String firstRaw = null;
        for (String key : List.of("url", "external_url", "id")) {
            String raw = string(node, key);
            if (raw == null) {
                continue;
            }
            URI resolved = key.equals("id") ? Uris.parse(raw) : Uris.resolve(base, raw);
            if (Uris.isWebUrl(resolved)) {
                url = resolved.toString();
                break;
            }
            if (firstRaw == null && !key.equals("id")) {
                firstRaw = raw.strip();
            }
        }
        if (url == null) {
            skipped.add(new SkippedItem(position, title,
                    firstRaw == null ? "no link" : "link is not an absolute http(s) URL: " + firstRaw));
            return;
        }
        String contentHtml = string(node, "content_html");
        String contentText = null;
        if (contentHtml != null && !contentHtml.isBlank()) {
            contentHtml = contentHtml.strip();
            contentText = Text.htmlToText(contentHtml);
        } else {
            String plain = string(node, "content_text");
            contentHtml = plain == null || plain.isBlank() ? null : Text.textToHtml(plain);
            contentText = Text.collapse(plain);
        }
        String summary = Text.collapse(string(node, "summary"));
        String excerpt = summary != null ? summary : contentText;
        List<String> authors = authors(node);
        if (authors.isEmpty()) {
            authors = feedAuthors;
        }
        items.add(new ParsedItem(title, url, Text.excerpt(excerpt, ParsedItem.EXCERPT_MAX_CHARS), contentHtml,
                authors.isEmpty() ? null : String.join(", ", authors), date(node), tags(node),
                image(node, base), Text.readTime(contentText != null ? contentText : excerpt)));
    }

    private static Instant date(JsonNode node) {
        Instant published = LenientDates.parse(string(node, "date_published"));
        return published != null ? published : LenientDates.parse(string(node, "date_modified"));
    }

    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        JsonNode authors = node.get("authors");
        if (authors != null && authors.isArray()) {
            for (JsonNode author : authors) {
                addAuthor(names, author);
            }
        }
        if (names.isEmpty()) {
            addAuthor(names, node.get("author"));
        }
        return names;
    }

    private static void addAuthor(List<String> names, JsonNode author) {
        if (author == null || !author.isObject()) {
            return;
        }
        String name = Text.personName(string(author, "name"));
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static List<String> tags(JsonNode node) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode array = node.get("tags");
        if (array != null && array.isArray()) {
            for (JsonNode tag : array) {
                String value = tag.isTextual() ? Text.collapse(Text.withoutForbiddenCharacters(tag.asText())) : null;
                if (value != null) {
                    tags.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return List.copyOf(tags.values());
    }

    private static String image(JsonNode node, URI base) {
        for (String key : List.of("image", "banner_image")) {
            URI uri = Uris.resolve(base, string(node, key));
            if (Uris.isWebUrl(uri)) {
                return uri.toString();
            }
        }
        JsonNode attachments = node.get("attachments");
        if (attachments != null && attachments.isArray()) {
            for (JsonNode attachment : attachments) {
                String type = string(attachment, "mime_type");
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("image/")) {
                    URI uri = Uris.resolve(base, string(attachment, "url"));
                    if (Uris.isWebUrl(uri)) {
                        return uri.toString();
                    }
                }
            }
        }
        return null;
    }

    /** @return the member as text when it is a non-blank string, else {@code null} */
    private static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        String text = value == null || !value.isTextual() ? null : Text.withoutForbiddenCharacters(value.asText());
        return text == null || text.isBlank() ? null : text;
    }
}
