package com.phiintelligence.sdk;

import java.util.Objects;

/**
 * A value of one of the platform's vocabularies (a status, a priority, a role, a category) with the
 * code the database stores. Each vocabulary is a final subclass with a constant per known code and
 * an {@code of(code)} factory that also accepts codes it does not know: legacy or hand-written rows
 * are read without failing, and {@link #isKnown()} tells them apart. Values are immutable, compare
 * equal by vocabulary and code, and are safe to share between threads.
 *
 * @param <C> the type of the stored code: {@code String} or {@code Integer}
 */
public abstract class Vocabulary<C> {
    private final C code;
    private final boolean known;

    /**
     * @param code  the stored code
     * @param known whether the code is one of the vocabulary's constants
     */
    protected Vocabulary(C code, boolean known) {
        this.code = Objects.requireNonNull(code, "code");
        this.known = known;
    }

    /** @return the code the database stores */
    public final C code() {
        return code;
    }

    /** @return whether the code is one the SDK knows; false for legacy or hand-written values */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((Vocabulary<?>) o).code.equals(code);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + code.hashCode();
    }

    /** @return the code as text */
    @Override
    public final String toString() {
        return code.toString();
    }
}
