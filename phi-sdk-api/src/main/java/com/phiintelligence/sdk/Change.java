package com.phiintelligence.sdk;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One field of an update command: either left as it is ({@link #keep()}) or set to a value
 * ({@link #to(Object)}), which may be {@code null} to clear a nullable column. Immutable.
 *
 * @param <T> the field's type
 */
public final class Change<T> {
    private static final Change<?> KEEP = new Change<>(false, null);

    private final boolean set;
    private final T value;

    private Change(boolean set, T value) {
        this.set = set;
        this.value = value;
    }

    /**
     * @param <T> the field's type
     * @return a change that leaves the field as it is
     */
    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    /**
     * @param value the new value, or {@code null} to clear the field
     * @param <T>   the field's type
     * @return a change that sets the field
     */
    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** @return whether this change sets the field */
    public boolean isSet() {
        return set;
    }

    /**
     * @return the new value (may be null)
     * @throws IllegalStateException when the change keeps the field
     */
    public T value() {
        if (!set) {
            throw new IllegalStateException("this change keeps the field");
        }
        return value;
    }

    /**
     * Runs the action with the new value when this change sets the field.
     *
     * @param action receives the new value (may be null)
     */
    public void ifSet(Consumer<? super T> action) {
        if (set) {
            action.accept(value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change<?> c && c.set == set && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return set ? 31 + Objects.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        return set ? "to(" + value + ")" : "keep";
    }
}
