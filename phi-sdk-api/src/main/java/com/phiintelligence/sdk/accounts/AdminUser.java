package com.phiintelligence.sdk.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * An administrator of the website's admin panel: one row of {@code admin_users}. Immutable.
 * {@link #toString()} never shows the password hash.
 *
 * @param id           the key (a UUID as text)
 * @param username     the unique login name
 * @param email        the unique e-mail address, which also serves as a login name
 * @param passwordHash the stored password: a bcrypt hash for rows the SDK or the website wrote;
 *                     legacy rows may hold anything, which never authenticates
 * @param role         what the administrator may do; null only for legacy rows that stored none
 * @param active       whether the administrator may log in; a legacy row that stored no value
 *                     reads as inactive, as the website treats it
 * @param createdAt    when the account was created; null only for legacy rows that stored none
 */
public record AdminUser(String id, String username, String email, String passwordHash, AdminRole role,
                        boolean active, Instant createdAt) {

    /**
     * The role check of the admin panel: whether this administrator is active and has the required
     * role or a stronger one (see {@link AdminRole#includes}).
     *
     * @param required the role an action needs
     * @return whether this administrator may do it
     */
    public boolean may(AdminRole required) {
        Objects.requireNonNull(required, "required");
        return active && role != null && role.includes(required);
    }

    /** @return the administrator without the password hash */
    @Override
    public String toString() {
        return "AdminUser[id=" + id + ", username=" + username + ", email=" + email + ", passwordHash="
                + PasswordRules.mask(passwordHash) + ", role=" + role + ", active=" + active + ", createdAt="
                + createdAt + "]";
    }
}
