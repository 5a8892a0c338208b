package com.phiintelligence.sdk.hibernate.internal.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reading time the website shows: {@code N min read} at 200 words a minute. Stateless. */
final class ReadTime {
    /** Words read in a minute. */
    static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORD = Pattern.compile("\\S+");

    private ReadTime() {
    }

    /**
     * @param content a post's body; a word is a run of non-space characters (markup included)
     * @return {@code ceil(words / 200)} minutes, at least 1, as {@code N min read}
     */
    static String of(String content) {
        long words = 0;
        Matcher m = WORD.matcher(content);
        while (m.find()) {
            words++;
        }
        long minutes = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        return minutes + " min read";
    }
}
