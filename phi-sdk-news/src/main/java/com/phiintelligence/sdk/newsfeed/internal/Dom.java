package com.phiintelligence.sdk.newsfeed.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small DOM helpers: children by name, text, and the {@code xml:base} in effect at an element.
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe (the DOM passed in is not).
 */
public final class Dom {
    private Dom() {
    }

    /**
     * @param parent    an element
     * @param namespace the children's namespace URI, {@code null} for no namespace, or {@code "*"}
     *                  for any
     * @param localName the children's local name
     * @return the matching child elements in document order
     */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && matches((Element) n, namespace, localName)) {
                result.add((Element) n);
            }
        }
        return result;
    }

    /**
     * @param parent    an element
     * @param namespace as for {@link #children(Element, String, String)}
     * @param localName the child's local name
     * @return the first matching child, or {@code null}
     */
    public static Element child(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && matches((Element) n, namespace, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /**
     * @param element   an element
     * @param namespace as for {@link #children(Element, String, String)}
     * @param localName the local name it should have
     * @return whether it has that name
     */
    public static boolean matches(Element element, String namespace, String localName) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
        if (!localName.equals(name)) {
            return false;
        }
        if ("*".equals(namespace)) {
            return true;
        }
        String ns = element.getNamespaceURI();
        return namespace == null ? ns == null || ns.isEmpty() : namespace.equals(ns);
    }

    /**
     * @param element an element, or {@code null}
     * @return its text content, trimmed, or {@code null} when blank or absent
     */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The base URI in effect at an element (XML Base): the {@code xml:base} attributes from the
     * root down to the element, each resolved against the one above, the first against the
     * document's own URI.
     *
     * @param element     an element
     * @param documentUri the URI the document was fetched from, or {@code null}
     * @return the base URI, or {@code null} when there is none
     */
    public static URI base(Element element, URI documentUri) {
        Deque<String> bases = new ArrayDeque<>();
        for (Node n = element; n instanceof Element; n = n.getParentNode()) {
            Element e = (Element) n;
            if (e.hasAttributeNS(XMLConstants.XML_NS_URI, "base")) {
                bases.push(e.getAttributeNS(XMLConstants.XML_NS_URI, "base"));
            }
        }
        URI base = documentUri;
        for (String value : bases) {
            URI next = Uris.resolve(base, value);
            if (next != null) {
                base = next;
            }
        }
        return base;
    }
}
