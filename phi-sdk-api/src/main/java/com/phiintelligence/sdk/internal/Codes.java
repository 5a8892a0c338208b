package com.phiintelligence.sdk.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The registry behind one {@link com.phiintelligence.sdk.Vocabulary}: its known constants, the
 * legacy aliases that read as one of them, and the unknown codes met so far. Internal: not part of
 * the supported API. Thread-safe once the vocabulary's constants are initialised.
 *
 * @param <C> the code type
 * @param <V> the vocabulary type
 */
public final class Codes<C, V> {
    private final BiFunction<C, Boolean, V> factory;
    private final Map<C, V> known = new LinkedHashMap<>();
    private final Map<C, V> aliases = new LinkedHashMap<>();

    /**
     * @param factory makes a value from a code and whether it is known
     */
    public Codes(BiFunction<C, Boolean, V> factory) {
        this.factory = factory;
    }

    /**
     * Registers a known constant; called from the vocabulary's static initialiser.
     *
     * @param code the code
     * @return the constant
     */
    public V known(C code) {
        V value = factory.apply(code, true);
        known.put(code, value);
        return value;
    }

    /**
     * Registers a legacy code that reads as a known constant.
     *
     * @param code   the legacy code
     * @param target the constant it reads as
     */
    public void alias(C code, V target) {
        aliases.put(code, target);
    }

    /**
     * @param code the stored code, or null
     * @return the constant for it, an unknown value when it is not known, or null for null
     */
    public V of(C code) {
        if (code == null) {
            return null;
        }
        V value = known.get(code);
        if (value == null) {
            value = aliases.get(code);
        }
        return value != null ? value : factory.apply(code, false);
    }

    /** @return the known constants in declaration order */
    public List<V> values() {
        return Collections.unmodifiableList(new ArrayList<>(known.values()));
    }

    /**
     * @param code a code
     * @return the known constant, or null
     */
    public V knownOrNull(C code) {
        return known.get(Objects.requireNonNull(code, "code"));
    }
}
