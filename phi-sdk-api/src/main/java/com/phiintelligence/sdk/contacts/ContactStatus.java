package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/** Where a lead stands: {@code new} (the default), {@code contacted}, {@code qualified}, {@code converted}, {@code lost}. */
public final class ContactStatus extends Vocabulary<String> {
    private static final Codes<String, ContactStatus> CODES = new Codes<>(ContactStatus::new);

    /** Not answered yet; the default. */
    public static final ContactStatus NEW = CODES.known("new");
    /** Answered. */
    public static final ContactStatus CONTACTED = CODES.known("contacted");
    /** A real opportunity. */
    public static final ContactStatus QUALIFIED = CODES.known("qualified");
    /** Became a customer. */
    public static final ContactStatus CONVERTED = CODES.known("converted");
    /** Gone. */
    public static final ContactStatus LOST = CODES.known("lost");

    private ContactStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static ContactStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<ContactStatus> values() {
        return CODES.values();
    }
}
