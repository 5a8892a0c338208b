package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * The outcome of one fetch of a source: {@code success}, {@code partial} (some items failed) or
 * {@code failed} (the feed could not be fetched or parsed). Other codes are kept (see {@link #isKnown()}).
 */
public final class FetchLogStatus extends Vocabulary<String> {
    private static final Codes<String, FetchLogStatus> CODES = new Codes<>(FetchLogStatus::new);

    /** Every item of the feed was handled. */
    public static final FetchLogStatus SUCCESS = CODES.known("success");
    /** Some items of the feed failed. */
    public static final FetchLogStatus PARTIAL = CODES.known("partial");
    /** The feed could not be fetched or parsed; the log's error message says why. */
    public static final FetchLogStatus FAILED = CODES.known("failed");

    private FetchLogStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static FetchLogStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<FetchLogStatus> values() {
        return CODES.values();
    }
}
