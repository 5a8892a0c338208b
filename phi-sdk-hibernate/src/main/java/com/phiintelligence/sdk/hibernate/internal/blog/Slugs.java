package com.phiintelligence.sdk.hibernate.internal.blog;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Slugs derived from titles, and their numeric suffixes. Stateless. */
final class Slugs {
    /** The slug of a title with no letter or digit that survives. */
    static final String FALLBACK = "post";
    /** Longer slugs are cut at a hyphen: URLs stay readable. */
    static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SUFFIX = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ı', "i"));

    private Slugs() {
    }

    /**
     * @param title a title
     * @return lower-case ASCII letters and digits joined by single hyphens; accents are removed
     *         ({@code Café} gives {@code cafe}), letters such as ß, æ, ø and ł spelled out ({@code Straße}
     *         gives {@code strasse}), apostrophes dropped ({@code don't} gives {@code dont})
     */
    static String fromTitle(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(spelledOut(title), Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            String cut = slug.substring(0, MAX_LENGTH);
            int hyphen = cut.lastIndexOf('-');
            slug = trimHyphens(hyphen > MAX_LENGTH / 2 ? cut.substring(0, hyphen) : cut);
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** Latin letters that no decomposition turns into ASCII, written as their languages spell them out. */
    private static String spelledOut(String title) {
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(c -> {
            String ascii = SPELLED_OUT.get(c);
            if (ascii != null) {
                out.append(ascii);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * @param base  the slug wanted
     * @param taken the slugs already stored that are {@code base} or {@code base-<n>}
     * @return {@code base} when it is free, else {@code base-<n>} with the smallest free n from 2
     */
    static String firstFree(String base, Collection<String> taken) {
        Set<Integer> suffixes = new HashSet<>();
        boolean baseTaken = false;
        for (String slug : taken) {
            if (slug.equals(base)) {
                baseTaken = true;
            } else if (slug.startsWith(base + "-") && SUFFIX.matcher(slug.substring(base.length() + 1)).matches()) {
                suffixes.add(Integer.parseInt(slug.substring(base.length() + 1)));
            }
        }
        if (!baseTaken) {
            return base;
        }
        int n = 2;
        while (suffixes.contains(n)) {
            n++;
        }
        return base + "-" + n;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
