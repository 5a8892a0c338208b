package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator may do: {@code admin} (the default) or {@code super_admin}, who may do
 * everything an {@code admin} may. Check permissions with {@link #includes(AdminRole)} rather than
 * by comparing roles, so that a stronger role passes every check of a weaker one.
 */
public final class AdminRole extends Vocabulary<String> {
    private static final Codes<String, AdminRole> CODES = new Codes<>(AdminRole::new);

    /** An administrator; the default. */
    public static final AdminRole ADMIN = CODES.known("admin");
    /** An administrator who may also do what is reserved to super administrators. */
    public static final AdminRole SUPER_ADMIN = CODES.known("super_admin");

    private AdminRole(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static AdminRole of(String code) {
        return CODES.of(code);
    }

    /** @return the known values, weakest first */
    public static List<AdminRole> values() {
        return CODES.values();
    }

    /**
     * Whether this role may do everything the required role may: {@code super_admin} includes
     * {@code admin} and itself, {@code admin} includes only itself, and a role the SDK does not know
     * includes nothing (not even itself), so that a hand-written role never grants access.
     *
     * @param required the role an action needs
     * @return whether this role is sufficient
     */
    public boolean includes(AdminRole required) {
        Objects.requireNonNull(required, "required");
        if (!isKnown() || !required.isKnown()) {
            return false;
        }
        List<AdminRole> order = values();
        return order.indexOf(this) >= order.indexOf(required);
    }
}
