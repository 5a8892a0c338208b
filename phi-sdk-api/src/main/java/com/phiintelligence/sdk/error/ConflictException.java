package com.phiintelligence.sdk.error;

/**
 * A write conflicted with existing data: a unique key is already taken (for example an article URL
 * or an admin's e-mail), or a concurrent transaction changed the same rows. Nothing of the failed
 * write was kept.
 */
public class ConflictException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final String constraint;

    /**
     * @param message    what conflicted
     * @param constraint the database constraint involved, or {@code null} when not known
     * @param cause      the underlying failure, or {@code null}
     */
    public ConflictException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** @return the name of the violated constraint, or {@code null} when the database did not say */
    public String constraint() {
        return constraint;
    }
}
