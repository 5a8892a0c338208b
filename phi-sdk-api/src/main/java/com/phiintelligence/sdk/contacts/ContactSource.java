package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/** Where a lead came from: {@code contact_form} (the default), {@code career_page}, {@code referral}, {@code other}. */
public final class ContactSource extends Vocabulary<String> {
    private static final Codes<String, ContactSource> CODES = new Codes<>(ContactSource::new);

    /** The website's contact form; the default. */
    public static final ContactSource CONTACT_FORM = CODES.known("contact_form");
    /** The careers page. */
    public static final ContactSource CAREER_PAGE = CODES.known("career_page");
    /** A referral. */
    public static final ContactSource REFERRAL = CODES.known("referral");
    /** Anything else. */
    public static final ContactSource OTHER = CODES.known("other");

    private ContactSource(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static ContactSource of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<ContactSource> values() {
        return CODES.values();
    }
}
