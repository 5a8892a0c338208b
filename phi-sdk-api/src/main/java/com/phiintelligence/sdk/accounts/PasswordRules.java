package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.nio.charset.StandardCharsets;

/** The rules of a plain-text password given to the SDK, shared by the account commands. */
final class PasswordRules {
    /**
     * bcrypt reads at most 72 bytes of key, the last of which is the terminating NUL of a
     * {@code $2a$} hash: longer passwords would be cut silently, so they are refused.
     */
    static final int MAX_BYTES = 71;

    /** What {@code toString()} shows instead of a password or a hash. */
    static final String MASK = "****";

    private PasswordRules() {
    }

    static String check(String password, String field) {
        Checks.notBlank(password, field);
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationException(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        return password;
    }

    static String mask(Object secret) {
        return secret == null ? "null" : MASK;
    }
}
