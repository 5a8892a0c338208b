package com.phiintelligence.sdk.newsfeed.internal;

import com.phiintelligence.sdk.newsfeed.FeedParseException;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML text into a namespace-aware DOM without ever reading anything outside the
 * document.
 *
 * <p>A DOCTYPE is tolerated, because old RSS 0.91 feeds carry Netscape's, but nothing external is
 * loaded: no external DTD, no external general or parameter entity (their references expand to
 * nothing), no XInclude. Secure processing is on and internal entity expansion is capped well
 * below the JDK defaults, so an entity bomb fails fast. Before parsing, ROME's
 * {@link XmlFixerReader} removes whitespace and comments before the root, turns HTML named
 * entities ({@code &nbsp;}) into character references and escapes stray ampersands, as most feed
 * readers do.
 *
 * <p>Internal: not part of the supported API. Thread-safe: every call builds its own parser.
 */
public final class SafeXml {
    private static final Logger LOG = LoggerFactory.getLogger(SafeXml.class);
    private static final String ENTITY_EXPANSION_LIMIT =
            "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";
    private static final String TOTAL_ENTITY_SIZE_LIMIT =
            "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit";

    private SafeXml() {
    }

    /**
     * @param text the document, already decoded
     * @return the DOM
     * @throws FeedParseException when the text is not well-formed XML
     */
    public static Document parse(String text) {
        DocumentBuilder builder = newBuilder();
        try (Reader reader = new XmlFixerReader(new StringReader(Text.withoutForbiddenCharacters(text)))) {
            return builder.parse(new InputSource(reader));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("JAXP0001")) {
                // The JDK's limits (JAXP00010001 entity expansions, ...-04 total entity size, ...).
                throw new FeedParseException("refused: the document expands XML entities beyond the safety "
                        + "limits: " + e.getMessage(), e);
            }
            throw new FeedParseException("not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new FeedParseException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            // Reading from a String cannot fail; the fixer reports malformed input this way.
            throw new FeedParseException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(ENTITY_EXPANSION_LIMIT, "2000");
            factory.setAttribute(TOTAL_ENTITY_SIZE_LIMIT, "1000000");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Belt and braces: should a parser ever ask, it gets an empty document.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new FailOnError());
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            // The JDK's built-in parser supports all of the above; another one must not run unhardened.
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
    }

    /** Fails on errors instead of printing them to standard error as the default handler does. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            LOG.debug("XML warning at line {}, column {}: {}", e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            // Validity errors only; the parser is not validating, so they do not stop the parse.
            LOG.debug("XML error at line {}, column {}: {}", e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
