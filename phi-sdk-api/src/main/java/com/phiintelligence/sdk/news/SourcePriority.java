package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * How important a news source is, stored as a number: {@code 1} high (the default), {@code 2}
 * medium, {@code 3} low; a smaller number comes first. Other numbers are kept (see {@link #isKnown()}).
 */
public final class SourcePriority extends Vocabulary<Integer> {
    private static final Codes<Integer, SourcePriority> CODES = new Codes<>(SourcePriority::new);

    /** High, code 1; the default. */
    public static final SourcePriority HIGH = CODES.known(1);
    /** Medium, code 2. */
    public static final SourcePriority MEDIUM = CODES.known(2);
    /** Low, code 3. */
    public static final SourcePriority LOW = CODES.known(3);

    private SourcePriority(Integer code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored number, or null
     * @return the matching constant, an unknown value for other numbers, or null for null
     */
    public static SourcePriority of(Integer code) {
        return CODES.of(code);
    }

    /** @return the known values, highest priority first */
    public static List<SourcePriority> values() {
        return CODES.values();
    }
}
