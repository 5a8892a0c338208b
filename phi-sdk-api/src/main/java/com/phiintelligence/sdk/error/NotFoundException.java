package com.phiintelligence.sdk.error;

/** A row that the caller named by its key does not exist. */
public class NotFoundException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final String key;

    /**
     * @param table the table that was searched, for example {@code contacts}
     * @param key   the key that was not found
     */
    public NotFoundException(String table, Object key) {
        super(table + ": no row with key " + key);
        this.table = table;
        this.key = String.valueOf(key);
    }

    /** @return the table that was searched */
    public String table() {
        return table;
    }

    /** @return the key that was not found, as text */
    public String key() {
        return key;
    }
}
