package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * The topic of a news article: {@code AI}, {@code ML}, {@code DL}, {@code Research}, {@code Academic},
 * {@code Industry} (codes are case-sensitive, as the website stores them). Other codes are kept (see
 * {@link #isKnown()}).
 */
public final class ArticleCategory extends Vocabulary<String> {
    private static final Codes<String, ArticleCategory> CODES = new Codes<>(ArticleCategory::new);

    /** Artificial intelligence in general. */
    public static final ArticleCategory AI = CODES.known("AI");
    /** Machine learning. */
    public static final ArticleCategory ML = CODES.known("ML");
    /** Deep learning. */
    public static final ArticleCategory DL = CODES.known("DL");
    /** Research results. */
    public static final ArticleCategory RESEARCH = CODES.known("Research");
    /** Academic publications. */
    public static final ArticleCategory ACADEMIC = CODES.known("Academic");
    /** Industry news. */
    public static final ArticleCategory INDUSTRY = CODES.known("Industry");

    private ArticleCategory(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static ArticleCategory of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<ArticleCategory> values() {
        return CODES.values();
    }
}
