package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.internal.Checks;

/**
 * A plain account to create. The SDK stores a bcrypt hash of the password, never the password
 * itself; {@link #toString()} does not show it.
 *
 * @param username the unique login name, required
 * @param password the password in plain text, required, at most 71 bytes in UTF-8
 */
public record NewUser(String username, String password) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewUser {
        Checks.notBlank(username, "username");
        PasswordRules.check(password, "password");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the command without the password */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", password=" + PasswordRules.mask(password) + "]";
    }

    /** Builds a {@link NewUser}; not thread-safe. */
    public static final class Builder {
        private String username;
        private String password;

        private Builder() {
        }

        /** @param username the unique login name @return this builder */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** @param password the password in plain text @return this builder */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** @return the checked command */
        public NewUser build() {
            return new NewUser(username, password);
        }
    }
}
