package com.phiintelligence.sdk.error;

/**
 * A write referenced a row that does not exist (an application to a missing job, a session of an
 * unknown voicebot), or a delete would leave rows pointing at nothing. Nothing of the failed write
 * was kept.
 */
public class ReferenceException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final String constraint;

    /**
     * @param message    what was referenced
     * @param constraint the foreign key involved, or {@code null} when not known
     * @param cause      the underlying failure, or {@code null}
     */
    public ReferenceException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** @return the name of the foreign key, or {@code null} when the database did not say */
    public String constraint() {
        return constraint;
    }
}
