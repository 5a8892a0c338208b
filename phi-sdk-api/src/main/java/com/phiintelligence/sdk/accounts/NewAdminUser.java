package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.internal.Checks;

/**
 * An administrator to create. The SDK stores a bcrypt hash of the password, never the password
 * itself; {@link #toString()} does not show it. Key and creation time are set by the SDK.
 *
 * @param username the unique login name, required
 * @param email    the unique e-mail address, required
 * @param password the password in plain text, required, at most 71 bytes in UTF-8
 * @param role     what the administrator may do; null means {@link AdminRole#ADMIN}
 * @param active   whether the administrator may log in (the builder's default is true)
 */
public record NewAdminUser(String username, String email, String password, AdminRole role, boolean active) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewAdminUser {
        Checks.notBlank(username, "username");
        Checks.email(Checks.notBlank(email, "email"), "email");
        PasswordRules.check(password, "password");
        if (role == null) {
            role = AdminRole.ADMIN;
        }
    }

    /** @return a builder with role {@code admin} and the account active */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the command without the password */
    @Override
    public String toString() {
        return "NewAdminUser[username=" + username + ", email=" + email + ", password=" + PasswordRules.mask(password)
                + ", role=" + role + ", active=" + active + "]";
    }

    /** Builds a {@link NewAdminUser}; not thread-safe. */
    public static final class Builder {
        private String username;
        private String email;
        private String password;
        private AdminRole role = AdminRole.ADMIN;
        private boolean active = true;

        private Builder() {
        }

        /** @param username the unique login name @return this builder */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** @param email the unique e-mail address @return this builder */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** @param password the password in plain text @return this builder */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** @param role what the administrator may do (default {@code admin}) @return this builder */
        public Builder role(AdminRole role) {
            this.role = role;
            return this;
        }

        /** @param active whether the administrator may log in (default true) @return this builder */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /** @return the checked command */
        public NewAdminUser build() {
            return new NewAdminUser(username, email, password, role, active);
        }
    }
}
