package com.phiintelligence.sdk.accounts;

/**
 * A plain account of the website: one row of {@code users}. Immutable. {@link #toString()} never
 * shows the password hash.
 *
 * @param id           the key (a UUID as text)
 * @param username     the unique login name
 * @param passwordHash the stored password: a bcrypt hash for rows the SDK or the website wrote;
 *                     legacy rows may hold anything, which never authenticates
 */
public record User(String id, String username, String passwordHash) {

    /** @return the user without the password hash */
    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + ", passwordHash=" + PasswordRules.mask(passwordHash) + "]";
    }
}
