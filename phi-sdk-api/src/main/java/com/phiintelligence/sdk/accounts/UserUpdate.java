package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;

/**
 * Changes to a plain account; fields not set are kept. A new password is stored as a bcrypt hash;
 * {@link #toString()} does not show it.
 *
 * @param username the new login name
 * @param password the new password in plain text
 */
public record UserUpdate(Change<String> username, Change<String> password) {

    /** Checks the rules of the fields that are set. */
    public UserUpdate {
        Checks.nonNull(username, "username");
        Checks.nonNull(password, "password");
        username.ifSet(v -> Checks.notBlank(v, "username"));
        password.ifSet(v -> PasswordRules.check(v, "password"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the command without the password */
    @Override
    public String toString() {
        return "UserUpdate[username=" + username + ", password=" + (password.isSet() ? "to(" + PasswordRules.MASK + ")" : "keep") + "]";
    }

    /** Builds a {@link UserUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> username = Change.keep();
        private Change<String> password = Change.keep();

        private Builder() {
        }

        /** @param v the new login name @return this builder */
        public Builder username(String v) {
            username = Change.to(v);
            return this;
        }

        /** @param v the new password in plain text @return this builder */
        public Builder password(String v) {
            password = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public UserUpdate build() {
            return new UserUpdate(username, password);
        }
    }
}
