package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;

/**
 * Changes to an administrator; fields not set are kept. A new password is stored as a bcrypt hash;
 * {@link #toString()} does not show it.
 *
 * @param username the new login name
 * @param email    the new e-mail address
 * @param password the new password in plain text
 * @param role     the new role
 * @param active   whether the administrator may log in from now on
 */
public record AdminUserUpdate(Change<String> username, Change<String> email, Change<String> password,
                              Change<AdminRole> role, Change<Boolean> active) {

    /** Checks the rules of the fields that are set. */
    public AdminUserUpdate {
        Checks.nonNull(username, "username");
        Checks.nonNull(email, "email");
        Checks.nonNull(password, "password");
        Checks.nonNull(role, "role");
        Checks.nonNull(active, "active");
        username.ifSet(v -> Checks.notBlank(v, "username"));
        email.ifSet(v -> Checks.email(Checks.notBlank(v, "email"), "email"));
        password.ifSet(v -> PasswordRules.check(v, "password"));
        role.ifSet(v -> Checks.required(v, "role"));
        active.ifSet(v -> Checks.required(v, "active"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the command without the password */
    @Override
    public String toString() {
        return "AdminUserUpdate[username=" + username + ", email=" + email + ", password="
                + (password.isSet() ? "to(" + PasswordRules.MASK + ")" : "keep") + ", role=" + role + ", active=" + active + "]";
    }

    /** Builds an {@link AdminUserUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> username = Change.keep();
        private Change<String> email = Change.keep();
        private Change<String> password = Change.keep();
        private Change<AdminRole> role = Change.keep();
        private Change<Boolean> active = Change.keep();

        private Builder() {
        }

        /** @param v the new login name @return this builder */
        public Builder username(String v) {
            username = Change.to(v);
            return this;
        }

        /** @param v the new e-mail address @return this builder */
        public Builder email(String v) {
            email = Change.to(v);
            return this;
        }

        /** @param v the new password in plain text @return this builder */
        public Builder password(String v) {
            password = Change.to(v);
            return this;
        }

        /** @param v the new role @return this builder */
        public Builder role(AdminRole v) {
            role = Change.to(v);
            return this;
        }

        /** @param v whether the administrator may log in @return this builder */
        public Builder active(boolean v) {
            active = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public AdminUserUpdate build() {
            return new AdminUserUpdate(username, email, password, role, active);
        }
    }
}
