package com.phiintelligence.sdk.error;

import java.util.Objects;

/**
 * An input broke a rule. The exception names the field and the rule so that a caller can show it
 * next to the right form input; the rejected value itself is never put in the message (it may be
 * a secret). Thrown before anything is written.
 */
public class ValidationException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field the input that broke the rule, for example {@code email} or {@code config.poolSize}
     * @param rule  the rule, phrased so that "field rule" reads as a sentence, for example
     *              {@code must not be blank}
     */
    public ValidationException(String field, String rule) {
        this(field, rule, null);
    }

    /**
     * @param field the input that broke the rule
     * @param rule  the rule it broke
     * @param cause the underlying failure, or {@code null}
     */
    public ValidationException(String field, String rule, Throwable cause) {
        super(Objects.requireNonNull(field, "field") + " " + Objects.requireNonNull(rule, "rule"), cause);
        this.field = field;
        this.rule = rule;
    }

    /** @return the name of the input that broke the rule */
    public String field() {
        return field;
    }

    /** @return the rule that was broken */
    public String rule() {
        return rule;
    }
}
