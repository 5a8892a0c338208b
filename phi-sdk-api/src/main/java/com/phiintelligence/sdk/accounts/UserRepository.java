package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.Repository;
import java.util.Optional;

/**
 * The website's plain accounts, table {@code users}. A login name already taken is a
 * {@link com.phiintelligence.sdk.error.ConflictException}. Thread-safe.
 */
public interface UserRepository extends Repository<User, String, NewUser, UserUpdate, UserQuery> {

    /**
     * @param username the exact login name
     * @return the account, or empty when there is none
     */
    Optional<User> findByUsername(String username);

    /**
     * Checks a login. Takes about as long whether or not the account exists (a bcrypt check is
     * always made), so that the time does not tell which login names exist. A stored password that
     * is not a bcrypt hash never matches.
     *
     * @param username the exact login name
     * @param password the password in plain text
     * @return the account when the password matches its stored hash, else empty
     */
    Optional<User> authenticate(String username, String password);
}
