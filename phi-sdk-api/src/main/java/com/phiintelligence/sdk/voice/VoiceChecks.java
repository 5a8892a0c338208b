package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.math.BigDecimal;

/** Checks the voice commands share beyond {@link Checks}. */
final class VoiceChecks {
    /** The varchar length of keys and names ({@code VARCHAR(255)}). */
    static final int KEY = 255;
    /** The varchar length of company names ({@code VARCHAR(500)}). */
    static final int COMPANY = 500;
    /** The varchar length of statuses ({@code VARCHAR(50)}). */
    static final int STATUS = 50;
    /** The varchar length of LiveKit instances and action types ({@code VARCHAR(100)}). */
    static final int CODE = 100;

    private VoiceChecks() {
    }

    /** A required text: not null, not blank, at most {@code max} characters. */
    static String requiredText(String value, int max, String field) {
        return Checks.maxLength(Checks.notBlank(value, field), max, field);
    }

    /** An optional text: null, or not blank and at most {@code max} characters. */
    static String optionalText(String value, int max, String field) {
        return value == null ? null : requiredText(value, max, field);
    }

    /** A vocabulary value, possibly unknown: its code must not be blank and must fit the column. */
    static <V extends Vocabulary<String>> V code(V value, int max, String field) {
        if (value != null) {
            if (value.code().isBlank()) {
                throw new ValidationException(field, "must not be blank");
            }
            Checks.maxLength(value.code(), max, field);
        }
        return value;
    }

    /** An amount that must not be negative and must fit {@code NUMERIC(precision, scale)}. */
    static BigDecimal amount(BigDecimal value, int precision, int scale, String field) {
        if (value != null && value.signum() < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        return Checks.fitsNumeric(value, precision, scale, field);
    }

    /** A count that must not be negative. */
    static Long notNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        return value;
    }
}
