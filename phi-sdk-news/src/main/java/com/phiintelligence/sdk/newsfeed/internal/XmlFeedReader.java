package com.phiintelligence.sdk.newsfeed.internal;

import com.phiintelligence.sdk.newsfeed.FeedParseException;
import com.phiintelligence.sdk.newsfeed.ParsedFeed;
import com.phiintelligence.sdk.newsfeed.ParsedItem;
import com.phiintelligence.sdk.newsfeed.SkippedItem;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Reference;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads RSS (0.90 to 2.0, RDF) and Atom (0.3, 1.0) documents: ROME does the format work, and the
 * DOM it was given fills what ROME does not keep (the {@code xml:base} in effect at an item,
 * FeedBurner's original link, dates ROME cannot parse).
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe.
 */
public final class XmlFeedReader {
    private static final Logger LOG = LoggerFactory.getLogger(XmlFeedReader.class);

    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0";
    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "issued", "updated", "modified", "date", "created");
    private static final int MAX_REASON_VALUE = 200;
    private static final Pattern XHTML_DIV = Pattern.compile(
            "<div\\b[^>]*\\bxmlns\\s*=\\s*[\"']http://www\\.w3\\.org/1999/xhtml[\"'][^>]*>(.*)</div>",
            Pattern.DOTALL);

    private enum Kind { RSS, RDF, ATOM }

    private XmlFeedReader() {
    }

    /**
     * @param text        the document, decoded
     * @param charset     the character set it was decoded with, reported in the result
     * @param documentUri the URI it was fetched from, for relative links, or {@code null} to use
     *                    the feed's {@code atom:link rel="self"} instead
     * @return the feed
     * @throws FeedParseException when the text is not a well-formed RSS, RDF or Atom document
     */
    public static ParsedFeed read(String text, Charset charset, URI documentUri) {
        Document document = SafeXml.parse(text);
        Element root = document.getDocumentElement();
        Kind kind = kindOf(root);
        URI documentBase = documentUri != null ? documentUri : selfLink(root, kind);
        if (kind != Kind.ATOM && Dom.child(root, "*", "channel") == null) {
            // ROME rejects a bare <rss/> or <rdf:RDF/>; it holds no items and no error worth failing on.
            LOG.debug("<{}> without <channel>: read as a feed without items", root.getNodeName());
            return new ParsedFeed(null, null, channelLessFormat(root, kind), charset.name(), List.of(), List.of());
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | RuntimeException e) {
            throw new FeedParseException("not a readable " + describe(root) + " feed: " + e.getMessage(), e);
        }
        List<Element> elements = itemElements(root, kind);
        List<SyndEntry> entries = feed.getEntries();
        if (elements.size() != entries.size()) {
            LOG.debug("found {} item elements but ROME read {} entries; xml:base and fallbacks are off",
                    elements.size(), entries.size());
            elements = null;
        }
        URI feedBase = Dom.base(root, documentBase);
        List<ParsedItem> items = new ArrayList<>(entries.size());
        List<SkippedItem> skipped = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Element element = elements == null ? null : elements.get(i);
            URI base = element == null ? feedBase : Dom.base(element, documentBase);
            String title = title(entry.getTitleEx(), entry.getTitle(), kind);
            Link link = link(entry, element, kind, base);
            if (link.url() == null) {
                LOG.debug("skipping item {} ({}): {}", i, title, link.problem());
                skipped.add(new SkippedItem(i, title, link.problem()));
                continue;
            }
            items.add(item(feed, entry, element, kind, base, title, link.url()));
        }
        URI feedLink = kind == Kind.ATOM ? atomAlternate(root, documentBase) : null;
        if (feedLink == null) {
            feedLink = Uris.resolve(feedBase, feed.getLink());
        }
        return new ParsedFeed(title(feed.getTitleEx(), feed.getTitle(), kind),
                Uris.isWebUrl(feedLink) ? feedLink.toString() : null,
                feed.getFeedType(), charset.name(), items, skipped);
    }

    private static Kind kindOf(Element root) {
        String name = root.getLocalName() != null ? root.getLocalName() : root.getNodeName();
        String ns = root.getNamespaceURI();
        if ("rss".equals(name)) {
            return Kind.RSS;
        }
        if ("RDF".equals(name) && RDF.equals(ns)) {
            return Kind.RDF;
        }
        if ("feed".equals(name) && (ATOM_10.equals(ns) || ATOM_03.equals(ns))) {
            return Kind.ATOM;
        }
        if ("html".equalsIgnoreCase(name)) {
            throw new FeedParseException("the document is an HTML page, not a feed");
        }
        if ("opml".equalsIgnoreCase(name)) {
            throw new FeedParseException(
                    "the document is an OPML subscription list, not a feed (read it with OpmlReader)");
        }
        throw new FeedParseException("the document is XML but not a feed: root element " + describe(root)
                + " is not RSS <rss>, RDF <rdf:RDF> or Atom <feed>");
    }

    private static String channelLessFormat(Element root, Kind kind) {
        if (kind == Kind.RSS) {
            String version = root.getAttribute("version").strip();
            return version.isEmpty() ? "rss" : "rss_" + version;
        }
        String ns = root.lookupNamespaceURI(null);
        if ("http://my.netscape.com/rdf/simple/0.9/".equals(ns)) {
            return "rss_0.9";
        }
        return "http://purl.org/rss/1.0/".equals(ns) ? "rss_1.0" : "rdf";
    }

    /**
     * The feed's own URL as it states it ({@code atom:link rel="self"}), the next best base for
     * relative links when the caller does not know where the document came from.
     */
    private static URI selfLink(Element root, Kind kind) {
        Element parent = kind == Kind.RSS ? Dom.child(root, "*", "channel") : root;
        if (parent == null) {
            return null;
        }
        for (Element link : Dom.children(parent, "*", "link")) {
            String ns = link.getNamespaceURI();
            if ((ATOM_10.equals(ns) || ATOM_03.equals(ns)) && "self".equals(link.getAttribute("rel").strip())) {
                URI self = Uris.parse(link.getAttribute("href"));
                return Uris.isWebUrl(self) ? self : null;
            }
        }
        return null;
    }

    /**
     * The Atom feed's web page: ROME reports the {@code self} link when it comes first, so pick the
     * alternate link (no {@code rel} means alternate), an HTML one first.
     */
    private static URI atomAlternate(Element root, URI documentUri) {
        URI fallback = null;
        for (Element link : Dom.children(root, root.getNamespaceURI(), "link")) {
            String rel = link.getAttribute("rel").strip();
            if (!rel.isEmpty() && !rel.equals("alternate")) {
                continue;
            }
            URI href = Uris.resolve(Dom.base(link, documentUri), link.getAttribute("href"));
            if (!Uris.isWebUrl(href)) {
                continue;
            }
            String type = link.getAttribute("type").strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml")) {
                return href;
            }
            if (fallback == null) {
                fallback = href;
            }
        }
        return fallback;
    }

    private static String describe(Element root) {
        String ns = root.getNamespaceURI();
        return "<" + root.getNodeName() + ">" + (ns == null || ns.isEmpty() ? "" : " (namespace " + ns + ")");
    }

    private static List<Element> itemElements(Element root, Kind kind) {
        switch (kind) {
            case ATOM:
                return Dom.children(root, root.getNamespaceURI(), "entry");
            case RDF:
                return Dom.children(root, "*", "item");
            default:
                Element channel = Dom.child(root, "*", "channel");
                return channel == null ? List.of() : Dom.children(channel, "*", "item");
        }
    }

    private static ParsedItem item(SyndFeed feed, SyndEntry entry, Element element, Kind kind, URI base,
            String title, String url) {
        SyndContent description = entry.getDescription();
        if (description == null && element != null) {
            // ROME's RSS 0.90 parser drops item descriptions, which real 0.90 feeds (heise) carry.
            String value = Dom.text(Dom.child(element, "*", "description"));
            if (value != null) {
                description = new SyndContentImpl();
                description.setType("text/html");
                description.setValue(value);
            }
        }
        SyndContent full = firstContent(entry.getContents());
        String descriptionText = plainText(description, kind);
        String contentHtml = html(full, kind);
        String contentText = plainText(full, kind);
        if (contentHtml == null) {
            contentHtml = html(description, kind);
            contentText = descriptionText;
        }
        String excerptText = descriptionText != null ? descriptionText : contentText;
        if (excerptText == null) {
            excerptText = mediaDescription(entry);
        }
        String readTime = Text.readTime(contentText != null ? contentText : excerptText);
        return new ParsedItem(title, url, Text.excerpt(excerptText, ParsedItem.EXCERPT_MAX_CHARS),
                contentHtml, author(feed, entry, kind), publishedAt(entry, element), tags(entry),
                image(entry, base), readTime);
    }

    private static String title(SyndContent titleEx, String raw, Kind kind) {
        String type = titleEx == null ? null : titleEx.getType();
        // RSS titles carry no type; in practice they are HTML (entities, the odd tag) like Atom's "html".
        return isPlainText(type, kind) ? Text.collapse(raw) : Text.htmlToText(raw);
    }

    /**
     * Atom says what its text constructs hold, and one without a type is text (RFC 4287 section
     * 3.1.1). RSS says nothing, and its descriptions are HTML in practice, whatever type ROME gives
     * them (text/plain for RSS 0.91).
     */
    private static boolean isPlainText(String type, Kind kind) {
        if (kind != Kind.ATOM) {
            return false;
        }
        return type == null || type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain");
    }

    private static boolean isTextual(String type) {
        if (type == null) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("html") || t.equals("xhtml") || t.startsWith("text/")
                || t.equals("application/xhtml+xml");
    }

    private static SyndContent firstContent(List<SyndContent> contents) {
        for (SyndContent c : contents) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank() && isTextual(c.getType())) {
                return c;
            }
        }
        return null;
    }

    private static String html(SyndContent content, Kind kind) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        if (isPlainText(content.getType(), kind)) {
            return Text.textToHtml(content.getValue());
        }
        String value = content.getValue().strip();
        if ("xhtml".equalsIgnoreCase(content.getType())) {
            // RFC 4287 section 4.1.3.3: the xhtml div wrapper is not part of the content.
            Matcher wrapper = XHTML_DIV.matcher(value);
            if (wrapper.matches()) {
                value = wrapper.group(1).strip();
            }
        }
        return value.isEmpty() ? null : value;
    }

    private static String mediaDescription(SyndEntry entry) {
        Module module = entry.getModule(MediaEntryModule.URI);
        if (!(module instanceof MediaEntryModule)) {
            return null;
        }
        MediaEntryModule media = (MediaEntryModule) module;
        List<Metadata> metadata = new ArrayList<>();
        metadata.add(media.getMetadata());
        for (MediaGroup group : media.getMediaGroups()) {
            metadata.add(group.getMetadata());
        }
        for (Metadata m : metadata) {
            if (m != null && m.getDescription() != null) {
                String text = "html".equalsIgnoreCase(m.getDescriptionType()) ? Text.htmlToText(m.getDescription())
                        : Text.collapse(m.getDescription());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String plainText(SyndContent content, Kind kind) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        return isPlainText(content.getType(), kind) ? Text.collapse(content.getValue())
                : Text.htmlToText(content.getValue());
    }

    /** The item's URL, or why it has none. */
    private record Link(String url, String problem) {
    }

    private static Link link(SyndEntry entry, Element element, Kind kind, URI base) {
        List<String> raw = new ArrayList<>(3);
        List<URI> resolved = new ArrayList<>(3);
        if (element != null) {
            Element origLink = Dom.child(element, FEEDBURNER, "origLink");
            if (Dom.text(origLink) != null) {
                raw.add(Dom.text(origLink));
                resolved.add(Uris.resolve(Dom.base(origLink, base), Dom.text(origLink)));
            }
        }
        String link = entry.getLink();
        if (link != null && !link.isBlank()) {
            raw.add(link);
            resolved.add(Uris.resolve(linkBase(element, kind, link, base), link));
        } else if (kind == Kind.ATOM && entry.getUri() != null && !entry.getUri().isBlank()) {
            // An Atom entry without any link: its id is often the permalink.
            URI id = Uris.parse(entry.getUri());
            if (Uris.isWebUrl(id)) {
                raw.add(entry.getUri());
                resolved.add(id);
            }
        }
        for (URI uri : resolved) {
            if (Uris.isWebUrl(uri)) {
                return new Link(uri.toString(), null);
            }
        }
        if (raw.isEmpty()) {
            return new Link(null, "no link");
        }
        String first = raw.get(0).strip();
        if (first.length() > MAX_REASON_VALUE) {
            first = first.substring(0, MAX_REASON_VALUE) + "…";
        }
        return new Link(null, "link is not an absolute http(s) URL: " + first);
    }

    /** An Atom link element may carry its own xml:base. */
    private static URI linkBase(Element element, Kind kind, String href, URI base) {
        if (element == null || kind != Kind.ATOM) {
            return base;
        }
        for (Element linkElement : Dom.children(element, element.getNamespaceURI(), "link")) {
            if (href.strip().equals(linkElement.getAttribute("href").strip())) {
                return Dom.base(linkElement, base);
            }
        }
        return base;
    }

    private static String author(SyndFeed feed, SyndEntry entry, Kind kind) {
        List<String> names = names(entry.getAuthors());
        if (names.isEmpty()) {
            Module dc = entry.getModule(DCModule.URI);
            if (dc instanceof DCModule) {
                for (String creator : ((DCModule) dc).getCreators()) {
                    addName(names, creator);
                }
            }
        }
        if (names.isEmpty() && kind == Kind.ATOM) {
            // Atom: an entry without authors has the feed's (RFC 4287 section 4.2.1).
            names = names(feed.getAuthors());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<String> names(List<SyndPerson> persons) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : persons) {
            addName(names, person.getName() != null && !person.getName().isBlank() ? person.getName()
                    : person.getEmail());
        }
        return names;
    }

    private static void addName(List<String> names, String raw) {
        String name = Text.personName(raw);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static Instant publishedAt(SyndEntry entry, Element element) {
        if (element != null && ATOM_03.equals(element.getNamespaceURI())) {
            // ROME gives Atom 0.3 entries their "modified" date; "issued" is the publication date.
            for (String name : List.of("issued", "created")) {
                Instant at = LenientDates.parse(Dom.text(Dom.child(element, ATOM_03, name)));
                if (at != null) {
                    return at;
                }
            }
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return date.toInstant();
        }
        if (element == null) {
            return null;
        }
        for (String name : DATE_ELEMENTS) {
            for (Element candidate : Dom.children(element, "*", name)) {
                Instant parsed = LenientDates.parse(Dom.text(candidate));
                if (parsed != null) {
                    return parsed;
                }
                LOG.debug("unreadable date <{}>{}</{}>", name, Dom.text(candidate), name);
            }
        }
        return null;
    }

    private static List<String> tags(SyndEntry entry) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (SyndCategory category : entry.getCategories()) {
            String tag = Text.decodeEntities(category.getName());
            if (tag != null) {
                tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return List.copyOf(tags.values());
    }

    private static String image(SyndEntry entry, URI base) {
        Module module = entry.getModule(MediaEntryModule.URI);
        if (module instanceof MediaEntryModule) {
            MediaEntryModule media = (MediaEntryModule) module;
            List<MediaContent> contents = new ArrayList<>(List.of(media.getMediaContents()));
            for (MediaGroup group : media.getMediaGroups()) {
                contents.addAll(List.of(group.getContents()));
            }
            for (MediaContent content : contents) {
                if (isImage(content.getMedium(), content.getType())) {
                    String url = webUrl(base, reference(content.getReference()));
                    if (url != null) {
                        return url;
                    }
                }
            }
            List<Metadata> metadata = new ArrayList<>();
            metadata.add(media.getMetadata());
            for (MediaContent content : media.getMediaContents()) {
                metadata.add(content.getMetadata());
            }
            for (MediaGroup group : media.getMediaGroups()) {
                metadata.add(group.getMetadata());
                for (MediaContent content : group.getContents()) {
                    metadata.add(content.getMetadata());
                }
            }
            for (Metadata m : metadata) {
                if (m == null) {
                    continue;
                }
                for (Thumbnail thumbnail : m.getThumbnail()) {
                    String url = thumbnail.getUrl() == null ? null : webUrl(base, thumbnail.getUrl().toString());
                    if (url != null) {
                        return url;
                    }
                }
            }
        }
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (isImage(null, enclosure.getType()) || enclosure.getType() == null && looksLikeImage(enclosure.getUrl())) {
                String url = webUrl(base, enclosure.getUrl());
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    private static boolean isImage(String medium, String type) {
        return "image".equalsIgnoreCase(medium != null ? medium.strip() : null)
                || type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("image/");
    }

    private static boolean looksLikeImage(String url) {
        if (url == null) {
            return false;
        }
        String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        return path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".png") || path.endsWith(".gif")
                || path.endsWith(".webp") || path.endsWith(".avif");
    }

    private static String reference(Reference reference) {
        if (reference instanceof UrlReference && ((UrlReference) reference).getUrl() != null) {
            return ((UrlReference) reference).getUrl().toString();
        }
        return null;
    }

    private static String webUrl(URI base, String value) {
        URI uri = Uris.resolve(base, value);
        return Uris.isWebUrl(uri) ? uri.toString() : null;
    }
}
