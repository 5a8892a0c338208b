package com.phiintelligence.sdk.testkit;

import com.phiintelligence.sdk.error.PhiException;

/**
 * No PostgreSQL could be provided for tests: the external URL did not answer, Docker was not
 * usable and embedded PostgreSQL failed to start. The message says what each attempt reported and
 * what to do. Tests fail with it; they are never skipped.
 */
public class TestDatabaseUnavailableException extends PhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was tried and what to do
     * @param cause   the last failure
     */
    public TestDatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
