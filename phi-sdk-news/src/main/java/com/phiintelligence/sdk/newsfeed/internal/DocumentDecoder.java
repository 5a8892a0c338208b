package com.phiintelligence.sdk.newsfeed.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a feed document into text, choosing the character set the way the XML and
 * HTTP specifications say, and recovering where real servers get it wrong.
 *
 * <p>Order: a byte order mark decides alone. Otherwise the candidates are the HTTP
 * {@code Content-Type} charset (RFC 7303 gives it precedence), the XML declaration's
 * {@code encoding}, and UTF-8, tried in that order with strict decoding; a candidate that cannot
 * decode the bytes (a header that says UTF-8 in front of Latin-1 bytes) is passed over. When the
 * header and the declaration disagree and one of them is UTF-8 that decodes the non-ASCII bytes
 * cleanly, UTF-8 is tried first: valid multi-byte UTF-8 is practically never meant as Latin-1.
 * ISO-8859-1 is read as windows-1252 when the bytes use the range 0x80-0x9F, which Latin-1 leaves
 * to control characters and windows-1252 fills with quotes and dashes; GB2312 and GBK are read as
 * their superset GB18030. Bytes that no candidate decodes are read as windows-1252.
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe.
 */
public final class DocumentDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern XML_DECL_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']\\s*([A-Za-z0-9._:\\-]+)\\s*[\"']");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "(?i);\\s*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");

    private DocumentDecoder() {
    }

    /**
     * A decoded document.
     *
     * @param text    the characters, without a byte order mark
     * @param charset the character set they were decoded with
     */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * @param bytes       the document
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @return the text and the character set used
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bomLength(bom);
            return new Decoded(decodeReplacing(bytes, skip, bom), bom);
        }
        Charset wide = sniffWideEncoding(bytes);
        if (wide != null) {
            return new Decoded(decodeReplacing(bytes, 0, wide), wide);
        }
        Charset http = asciiCompatible(charsetOf(contentType));
        Charset declared = asciiCompatible(declaredEncoding(bytes));
        List<Charset> candidates = new ArrayList<>(4);
        boolean disagree = http != null && declared != null && !http.equals(declared);
        if (disagree && (http.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.UTF_8))
                && hasNonAscii(bytes) && isValidUtf8(bytes)) {
            candidates.add(StandardCharsets.UTF_8);
        }
        addCandidate(candidates, http);
        addCandidate(candidates, declared);
        addCandidate(candidates, StandardCharsets.UTF_8);
        for (Charset candidate : candidates) {
            Charset effective = effective(candidate, bytes);
            String text = decodeStrictly(bytes, effective);
            if (text != null) {
                return new Decoded(text, effective);
            }
        }
        return new Decoded(decodeReplacing(bytes, 0, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * @param contentType an HTTP {@code Content-Type} value, or {@code null}
     * @return the supported charset it names, or {@code null}
     */
    public static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : null;
    }

    private static void addCandidate(List<Charset> candidates, Charset charset) {
        if (charset != null && !candidates.contains(charset)) {
            candidates.add(charset);
        }
    }

    private static Charset effective(Charset candidate, byte[] bytes) {
        String name = candidate.name();
        if ((name.equals("GB2312") || name.equals("GBK")) && Charset.isSupported("GB18030")) {
            // GB18030 is a superset that decodes the same text, and the characters GB2312 lacks.
            return Charset.forName("GB18030");
        }
        if (candidate.equals(StandardCharsets.ISO_8859_1)) {
            for (byte b : bytes) {
                int u = b & 0xFF;
                if (u >= 0x80 && u <= 0x9F) {
                    return WINDOWS_1252;
                }
            }
        }
        return candidate;
    }

    private static Charset declaredEncoding(byte[] bytes) {
        // The declaration is ASCII in every ASCII-compatible encoding; 1 KiB holds any real one.
        String prolog = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECL_ENCODING.matcher(prolog);
        return m.find() ? lookup(m.group(1)) : null;
    }

    /** A document without a BOM whose bytes look ASCII cannot really be UTF-16 or UTF-32. */
    private static Charset asciiCompatible(Charset charset) {
        if (charset == null) {
            return null;
        }
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-32")) {
            return null;
        }
        return charset;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(Charset bom) {
        if (bom.equals(StandardCharsets.UTF_8)) {
            return 3;
        }
        return bom.name().contains("32") ? 4 : 2;
    }

    /** UTF-16 and UTF-32 without a BOM show as zero bytes around the first ASCII characters. */
    private static Charset sniffWideEncoding(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return Charset.forName("UTF-32BE");
        }
        if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        return decodeStrictly(bytes, StandardCharsets.UTF_8) != null;
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeReplacing(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
