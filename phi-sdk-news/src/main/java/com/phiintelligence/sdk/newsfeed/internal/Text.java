package com.phiintelligence.sdk.newsfeed.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Text helpers for feed fields: HTML to plain text, excerpts, reading time, person names.
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe.
 */
public final class Text {
    /** Character references to C0 controls other than tab, line feed and carriage return. */
    private static final Pattern FORBIDDEN_REFERENCE = Pattern.compile(
            "&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));");

    /** Words a reader reads per minute, for {@link #readTime(String)}. */
    public static final int WORDS_PER_MINUTE = 200;

    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final String TRAILING_PUNCTUATION = ",;:-–—([{/";

    private Text() {
    }

    /**
     * @param value a string, or {@code null}
     * @return the string with runs of whitespace (no-break spaces included) made one space and
     *         trimmed, or {@code null} when nothing is left
     */
    public static String collapse(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isSpace(char c) {
        // Character.isWhitespace leaves out the no-break spaces that HTML decoding produces.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }

    /**
     * @param html an HTML fragment, or {@code null}
     * @return its text: tags removed, entities decoded, whitespace collapsed; {@code null} when empty
     */
    public static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        return collapse(Jsoup.parseBodyFragment(html).text());
    }

    /**
     * @param value text that may hold HTML character references, or {@code null}
     * @return the text with references decoded and whitespace collapsed; tags are kept as text
     */
    public static String decodeEntities(String value) {
        if (value == null) {
            return null;
        }
        return collapse(value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, false));
    }

    /**
     * @param text plain text
     * @return the text escaped for use as HTML, line breaks kept as {@code <br>}
     */
    public static String textToHtml(String text) {
        return Entities.escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /**
     * Cuts plain text to at most {@code maxChars} characters at a word boundary and ends it with an
     * ellipsis when it was cut.
     *
     * @param text     plain text, whitespace already collapsed, or {@code null}
     * @param maxChars the largest length of the result, the ellipsis included
     * @return the text, shortened when longer than {@code maxChars}
     */
    public static String excerpt(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int limit = maxChars - 1;
        if (Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        int cut = limit;
        if (!Character.isWhitespace(text.charAt(limit))) {
            int space = text.lastIndexOf(' ', limit);
            // A text without spaces (a long URL, CJK script) is cut inside the word instead.
            if (space > maxChars / 2) {
                cut = space;
            }
        }
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && TRAILING_PUNCTUATION.indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }

    /**
     * @param text plain text, or {@code null}
     * @return {@code "N min read"} with N = ceil(words / {@value #WORDS_PER_MINUTE}), at least 1, or
     *         {@code null} when there are no words
     */
    public static String readTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        if (words == 0) {
            return null;
        }
        int minutes = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        return minutes + " min read";
    }

    /**
     * Cleans one author name: entities decoded, whitespace collapsed, and the RSS form
     * {@code jane@example.com (Jane Doe)} reduced to the name.
     *
     * @param raw the name as the feed gives it, or {@code null}
     * @return the name, or {@code null} when blank
     */
    public static String personName(String raw) {
        String name = decodeEntities(raw);
        if (name == null) {
            return null;
        }
        var m = EMAIL_WITH_NAME.matcher(name);
        if (m.matches()) {
            name = collapse(m.group(1));
        }
        return name;
    }

    /**
     * Drops what XML 1.0 forbids anywhere in a document, and PostgreSQL text partly too (U+0000), but
     * real feeds still carry (a stray U+0001
     * pasted into a title, {@code &#8;} from a CMS): C0 control characters other than tab, line feed
     * and carriage return, U+FFFE, U+FFFF, unpaired surrogates, and character references to any of
     * them. Parsers reject the whole document for one such character; feed readers drop it.
     *
     * @param text the document
     * @return the document without them; the same instance when it had none
     */
    public static String withoutForbiddenCharacters(String text) {
        StringBuilder kept = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c) : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && kept == null) {
                kept = new StringBuilder(length).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        String cleaned = kept == null ? text : kept.toString();
        if (cleaned.indexOf("&#") < 0) {
            return cleaned;
        }
        return FORBIDDEN_REFERENCE.matcher(cleaned).replaceAll("");
    }
}
