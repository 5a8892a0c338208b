package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * Where an article stands in the aggregator: {@code pending} (the default), {@code fetched},
 * {@code processed}, {@code archived}; archived articles are hidden from public lists. Other codes
 * are kept (see {@link #isKnown()}).
 */
public final class FetchStatus extends Vocabulary<String> {
    private static final Codes<String, FetchStatus> CODES = new Codes<>(FetchStatus::new);

    /** Stored, not processed yet; the default. */
    public static final FetchStatus PENDING = CODES.known("pending");
    /** Its content was fetched. */
    public static final FetchStatus FETCHED = CODES.known("fetched");
    /** Processed and ready to show. */
    public static final FetchStatus PROCESSED = CODES.known("processed");
    /** Hidden from public lists. */
    public static final FetchStatus ARCHIVED = CODES.known("archived");

    private FetchStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static FetchStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<FetchStatus> values() {
        return CODES.values();
    }
}
