package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/** The service a lead asked about, as the public form offers them; free text is kept as given (see {@link #isKnown()}). */
public final class ContactService extends Vocabulary<String> {
    private static final Codes<String, ContactService> CODES = new Codes<>(ContactService::new);

    /** Voice agents. */
    public static final ContactService VOICE_AGENTS = CODES.known("voice-agents");
    /** Workforce management. */
    public static final ContactService WORKFORCE_MANAGEMENT = CODES.known("workforce-management");
    /** Custom development. */
    public static final ContactService CUSTOM_DEVELOPMENT = CODES.known("custom-development");
    /** AI consulting. */
    public static final ContactService AI_CONSULTING = CODES.known("ai-consulting");

    private ContactService(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static ContactService of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<ContactService> values() {
        return CODES.values();
    }
}
