package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * What kind of publication a news source is: {@code tech_news}, {@code research}, {@code academic},
 * {@code industry}. Other codes are kept (see {@link #isKnown()}).
 */
public final class SourceType extends Vocabulary<String> {
    private static final Codes<String, SourceType> CODES = new Codes<>(SourceType::new);

    /** Technology news sites. */
    public static final SourceType TECH_NEWS = CODES.known("tech_news");
    /** Research labs and preprint servers. */
    public static final SourceType RESEARCH = CODES.known("research");
    /** Academic journals and university news. */
    public static final SourceType ACADEMIC = CODES.known("academic");
    /** Industry blogs. */
    public static final SourceType INDUSTRY = CODES.known("industry");

    private SourceType(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static SourceType of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<SourceType> values() {
        return CODES.values();
    }
}
