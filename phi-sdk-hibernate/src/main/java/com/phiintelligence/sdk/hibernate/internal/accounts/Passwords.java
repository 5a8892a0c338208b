package com.phiintelligence.sdk.hibernate.internal.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Password hashes as the website reads and writes them: bcrypt, cost 12, {@code $2a$}. Thread-safe.
 */
final class Passwords {
    /** The website's cost factor. */
    static final int COST = 12;

    /** {@code $2a$}, {@code $2b$} and {@code $2y$} hashes: 60 characters of modular crypt format. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final SecureRandom RANDOM = new SecureRandom();
    // Reading a hash, a password longer than bcrypt's 72 bytes is cut as the website's library cuts
    // it; writing, the API refuses such passwords, so strict() never throws here.
    private static final BCrypt.Verifyer VERIFYER = BCrypt.verifyer(BCrypt.Version.VERSION_2A,
            LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

    private Passwords() {
    }

    /**
     * @param password a password in plain text, already checked by the API
     * @return its bcrypt hash, {@code $2a$12$...}
     */
    static String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, RANDOM, LongPasswordStrategies.strict(BCrypt.Version.VERSION_2A))
                .hashToString(COST, password.toCharArray());
    }

    /**
     * Whether a password matches a stored value. Always spends one bcrypt check, also when there is
     * no stored value or it is not a bcrypt hash (a plain-text seed password never matches), so that
     * the time taken does not tell which accounts exist.
     *
     * @param password the password in plain text, or null
     * @param stored   the stored value, or null when there is no account
     * @return whether the stored value is a bcrypt hash of the password
     */
    static boolean matches(String password, String stored) {
        boolean usable = password != null && stored != null && BCRYPT.matcher(stored).matches();
        char[] plain = password == null ? new char[0] : password.toCharArray();
        BCrypt.Result result = VERIFYER.verify(plain, usable ? stored : Dummy.HASH);
        return usable && result.verified;
    }

    /** A hash of a random password, made on first use, to spend the same time on a missing account. */
    private static final class Dummy {
        static final String HASH = hash(Long.toHexString(RANDOM.nextLong()));
    }
}
