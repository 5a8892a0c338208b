package com.phiintelligence.sdk;

import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/** How urgent a lead or a job application is: {@code low}, {@code medium} (the default) or {@code high}. */
public final class Priority extends Vocabulary<String> {
    private static final Codes<String, Priority> CODES = new Codes<>(Priority::new);

    /** Low. */
    public static final Priority LOW = CODES.known("low");
    /** Medium, the default. */
    public static final Priority MEDIUM = CODES.known("medium");
    /** High. */
    public static final Priority HIGH = CODES.known("high");

    private Priority(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static Priority of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<Priority> values() {
        return CODES.values();
    }
}
