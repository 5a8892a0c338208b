package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * Whether a news source is fetched: {@code active} (the default) is fetched, any other status is not
 * (see {@link #isFetched()}). Other codes are kept (see {@link #isKnown()}).
 */
public final class SourceStatus extends Vocabulary<String> {
    private static final Codes<String, SourceStatus> CODES = new Codes<>(SourceStatus::new);

    /** Fetched by the aggregator; the default. */
    public static final SourceStatus ACTIVE = CODES.known("active");
    /** Not fetched. */
    public static final SourceStatus INACTIVE = CODES.known("inactive");

    private SourceStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static SourceStatus of(String code) {
        return CODES.of(code);
    }

    /**
     * The aggregator fetches a source only when its status is {@link #ACTIVE}; every other status,
     * unknown ones included, means "not fetched".
     *
     * @return whether a source with this status is fetched
     */
    public boolean isFetched() {
        return equals(ACTIVE);
    }

    /** @return the known values */
    public static List<SourceStatus> values() {
        return CODES.values();
    }
}
