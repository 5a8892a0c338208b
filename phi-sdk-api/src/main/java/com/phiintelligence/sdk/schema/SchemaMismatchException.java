package com.phiintelligence.sdk.schema;

import com.phiintelligence.sdk.error.PhiException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database has a shape the SDK cannot work with (some of the platform tables but not all, a
 * table whose columns conflict with what the SDK reads and writes, or, with migration on start off,
 * SDK state that a migrating start has not prepared yet). Thrown before anything in the database was
 * changed; {@link #differences()} lists every difference found, breaking ones first.
 */
public class SchemaMismatchException extends PhiException {
    private static final long serialVersionUID = 1L;

    private final transient List<SchemaDifference> differences;

    /**
     * @param summary     one sentence on what was refused
     * @param differences every difference found
     */
    public SchemaMismatchException(String summary, List<SchemaDifference> differences) {
        super(summary + differences.stream().map(d -> "\n  - " + d).collect(Collectors.joining()));
        this.differences = List.copyOf(differences);
    }

    /** @return every difference found, never empty */
    public List<SchemaDifference> differences() {
        return differences;
    }
}
