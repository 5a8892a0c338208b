package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * Where a job application stands: {@code new} (what the SDK writes for a new application),
 * {@code reviewing}, {@code interviewing}, {@code offered}, {@code rejected}. The legacy code
 * {@code pending} (the default of the production table) reads as {@link #NEW}.
 *
 * <p>The pipeline runs new → reviewing → interviewing → offered, one step at a time; an admin may
 * also move an application back one step, and reject it from any open state (see
 * {@link #canMoveTo}).
 */
public final class ApplicationStatus extends Vocabulary<String> {
    private static final Codes<String, ApplicationStatus> CODES = new Codes<>(ApplicationStatus::new);
    private static final String LEGACY_NEW = "pending";

    /** Received, not looked at yet; what a new application gets. */
    public static final ApplicationStatus NEW = CODES.known("new");
    /** Being reviewed. */
    public static final ApplicationStatus REVIEWING = CODES.known("reviewing");
    /** In interviews. */
    public static final ApplicationStatus INTERVIEWING = CODES.known("interviewing");
    /** An offer was made. */
    public static final ApplicationStatus OFFERED = CODES.known("offered");
    /** Turned down. */
    public static final ApplicationStatus REJECTED = CODES.known("rejected");

    private static final List<ApplicationStatus> PIPELINE = List.of(NEW, REVIEWING, INTERVIEWING, OFFERED);

    static {
        CODES.alias(LEGACY_NEW, NEW);
    }

    private ApplicationStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant ({@link #NEW} for {@code pending}), an unknown value for other
     *         codes, or null for null
     */
    public static ApplicationStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values, in pipeline order, {@link #REJECTED} last */
    public static List<ApplicationStatus> values() {
        return CODES.values();
    }

    /**
     * The codes that read as this status, legacy ones included: {@code new} and {@code pending} for
     * {@link #NEW}, the code alone for the others. Queries filter on these.
     *
     * @return the stored codes
     */
    public List<String> storedCodes() {
        return equals(NEW) ? List.of(code(), LEGACY_NEW) : List.of(code());
    }

    /**
     * Whether an application in this status may be moved to the target: staying put; one step
     * forward or back along new → reviewing → interviewing → offered; to {@link #REJECTED} from any
     * of those. An application whose stored status the SDK does not know may move to any known
     * status (to repair it); no application may move to an unknown status, nor out of
     * {@link #REJECTED}.
     *
     * @param target the status wanted
     * @return whether the move is allowed
     */
    public boolean canMoveTo(ApplicationStatus target) {
        if (target == null || !target.isKnown()) {
            return false;
        }
        if (!isKnown() || equals(target)) {
            return true;
        }
        int from = PIPELINE.indexOf(this);
        if (from < 0) {
            return false;
        }
        if (target.equals(REJECTED)) {
            return true;
        }
        return Math.abs(PIPELINE.indexOf(target) - from) == 1;
    }
}
