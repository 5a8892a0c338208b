package com.phiintelligence.sdk.newsfeed.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that ROME's strict parser gives up on: RFC 822 dates with month and day names in
 * Portuguese, Spanish, German, French or Italian ({@code Seg, 24 Set 2018 19:42:40 -0300}), a
 * weekday that does not match the date (the weekday is ignored), two-digit years, missing seconds,
 * zone abbreviations, and ISO 8601 variants (space instead of {@code T}, offsets without a colon,
 * no offset at all, which is read as UTC).
 *
 * <p>Internal: not part of the supported API. Stateless and thread-safe.
 */
public final class LenientDates {
    private static final Pattern RFC822_LIKE = Pattern.compile(
            "^(?:[\\p{L}]+\\.?,?\\s+)?(\\d{1,2})(?:\\.|\\s|-)+([\\p{L}]+)\\.?(?:\\s|-|,)+(\\d{2}|\\d{4})"
                    + "(?:,?\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
                    + "\\s*(?:([+-])(\\d{2}):?(\\d{2})|\\(?([A-Za-z]{1,5})\\)?)?$");
    private static final Pattern ISO_LIKE = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]+(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(?:(Z|z)|([+-])(\\d{2}):?(\\d{2})|(UTC|GMT))?$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            // English, Portuguese, Spanish, German, French and Italian names and abbreviations
            Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("gen", 1), Map.entry("jän", 1),
            Map.entry("janv", 1), Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("fév", 2),
            Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("mar", 3), Map.entry("mär", 3),
            Map.entry("mrz", 3), Map.entry("mars", 3), Map.entry("apr", 4), Map.entry("abr", 4),
            Map.entry("avr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mag", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("giu", 6), Map.entry("jul", 7),
            Map.entry("juil", 7), Map.entry("lug", 7), Map.entry("aug", 8), Map.entry("ago", 8),
            Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("sep", 9), Map.entry("set", 9),
            Map.entry("oct", 10), Map.entry("out", 10), Map.entry("okt", 10), Map.entry("ott", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dic", 12),
            Map.entry("déc", 12));

    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("MEZ", 1), Map.entry("MESZ", 2),
            Map.entry("EET", 2), Map.entry("EEST", 3), Map.entry("MSK", 3));

    private LenientDates() {
    }

    /**
     * @param value a date as a feed writes it, or {@code null}
     * @return the instant, or {@code null} when the value cannot be read as a date
     */
    public static Instant parse(String value) {
        String text = Text.collapse(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through to the lenient forms
        }
        try {
            Instant iso = isoLike(text);
            return iso != null ? iso : rfc822Like(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant isoLike(String text) {
        Matcher m = ISO_LIKE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalDateTime time = date.atStartOfDay();
        if (m.group(4) != null) {
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            }
            time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(9) != null) {
            offset = offset(m.group(9), m.group(10), m.group(11));
        }
        return time.toInstant(offset);
    }

    private static Instant rfc822Like(String text) {
        Matcher m = RFC822_LIKE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Integer month = month(m.group(2));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
        }
        LocalDateTime time = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(7) != null) {
            offset = offset(m.group(7), m.group(8), m.group(9));
        } else if (m.group(10) != null) {
            // An unknown abbreviation is read as UTC: hours off is better than no date at all.
            Integer hours = ZONE_HOURS.get(m.group(10).toUpperCase(Locale.ROOT));
            offset = ZoneOffset.ofHours(hours == null ? 0 : hours);
        }
        return time.toInstant(offset);
    }

    private static ZoneOffset offset(String sign, String hours, String minutes) {
        int total = Integer.parseInt(hours) * 3600 + Integer.parseInt(minutes) * 60;
        return ZoneOffset.ofTotalSeconds("-".equals(sign) ? -total : total);
    }

    private static Integer month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(lower);
        if (month == null && lower.length() > 3) {
            month = MONTHS.get(lower.substring(0, 4));
        }
        if (month == null && lower.length() > 3 && !lower.startsWith("jui")) {
            month = MONTHS.get(lower.substring(0, 3));
        }
        return month;
    }
}
