package com.phiintelligence.sdk.error;

/**
 * Root of every exception the PHI SDK throws. Unchecked: callers catch the subclasses that they can
 * act on ({@link NotFoundException}, {@link ConflictException}, {@link ReferenceException},
 * {@link ValidationException}, {@link DataAccessException}) and let the rest propagate.
 *
 * <p>No exception type of an ORM, a JDBC driver or a JSON library is ever thrown through the API;
 * where such an exception caused this one it is kept as the {@linkplain #getCause() cause} for
 * diagnostics only.
 */
public class PhiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, in the platform's terms
     */
    public PhiException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, in the platform's terms
     * @param cause   the underlying failure, kept for diagnostics
     */
    public PhiException(String message, Throwable cause) {
        super(message, cause);
    }
}
