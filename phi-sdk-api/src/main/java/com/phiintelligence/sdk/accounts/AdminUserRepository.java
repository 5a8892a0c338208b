package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.Repository;
import java.util.Optional;

/**
 * The administrators of the admin panel, table {@code admin_users}. A login name or e-mail address
 * already taken is a {@link com.phiintelligence.sdk.error.ConflictException}. Thread-safe.
 */
public interface AdminUserRepository extends Repository<AdminUser, String, NewAdminUser, AdminUserUpdate, AdminUserQuery> {

    /**
     * @param username the exact login name
     * @return the administrator, or empty when there is none
     */
    Optional<AdminUser> findByUsername(String username);

    /**
     * @param email the exact e-mail address
     * @return the administrator, or empty when there is none
     */
    Optional<AdminUser> findByEmail(String email);

    /**
     * Checks a login to the admin panel. Takes about as long whether or not the administrator exists
     * (a bcrypt check is always made). A stored password that is not a bcrypt hash never matches;
     * an inactive administrator never authenticates.
     *
     * @param usernameOrEmail the exact login name or e-mail address
     * @param password        the password in plain text
     * @return the administrator when active and the password matches the stored hash, else empty
     */
    Optional<AdminUser> authenticate(String usernameOrEmail, String password);
}
