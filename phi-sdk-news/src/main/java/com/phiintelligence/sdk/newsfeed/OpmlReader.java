package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.newsfeed.internal.DocumentDecoder;
import com.phiintelligence.sdk.newsfeed.internal.Dom;
import com.phiintelligence.sdk.newsfeed.internal.SafeXml;
import com.phiintelligence.sdk.newsfeed.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads OPML 1.0 and 2.0 subscription lists, the format feed readers export and import: every
 * outline that has an {@code xmlUrl}, in document order, with the folders it is nested in.
 * Outlines without an {@code xmlUrl} are folders (or notes) and are descended into, not returned.
 * Attribute names are matched ignoring case ({@code xmlURL} occurs in the wild).
 *
 * <p>The document is parsed with the same safeguards as feeds: no external DTD or entity is
 * loaded.
 *
 * <p>Thread-safe and stateless.
 */
public final class OpmlReader {
    private static final OpmlReader INSTANCE = new OpmlReader();

    private OpmlReader() {
    }

    /** @return the reader */
    public static OpmlReader create() {
        return INSTANCE;
    }

    /**
     * @param document the OPML document's bytes; the character set comes from a byte order mark or
     *                 the XML declaration, else UTF-8, else windows-1252
     * @return the feed outlines in document order; empty when the list has none
     * @throws FeedParseException when the document is not well-formed XML or not OPML
     */
    public List<OpmlOutline> read(byte[] document) {
        Objects.requireNonNull(document, "document");
        String text = DocumentDecoder.decode(document, null).text().strip();
        if (text.isEmpty()) {
            throw new FeedParseException("the document is empty");
        }
        Element root = SafeXml.parse(text).getDocumentElement();
        if (!"opml".equalsIgnoreCase(root.getLocalName() != null ? root.getLocalName() : root.getNodeName())) {
            throw new FeedParseException("the document is not OPML: its root element is <" + root.getNodeName() + ">");
        }
        Element body = Dom.child(root, "*", "body");
        List<OpmlOutline> outlines = new ArrayList<>();
        if (body != null) {
            collect(body, new ArrayList<>(), outlines);
        }
        return List.copyOf(outlines);
    }

    private static void collect(Element parent, List<String> folders, List<OpmlOutline> outlines) {
        for (Element outline : Dom.children(parent, "*", "outline")) {
            String title = Text.collapse(attribute(outline, "title"));
            if (title == null) {
                title = Text.collapse(attribute(outline, "text"));
            }
            String xmlUrl = trimmed(attribute(outline, "xmlUrl"));
            if (xmlUrl != null) {
                outlines.add(new OpmlOutline(title, xmlUrl, trimmed(attribute(outline, "htmlUrl")), folders));
            }
            if (hasChildOutlines(outline)) {
                List<String> inner = new ArrayList<>(folders);
                inner.add(title == null ? "" : title);
                collect(outline, inner, outlines);
            }
        }
    }

    private static boolean hasChildOutlines(Element element) {
        return Dom.child(element, "*", "outline") != null;
    }

    private static String attribute(Element element, String name) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
            if (local.equalsIgnoreCase(name)) {
                return attribute.getNodeValue();
            }
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
