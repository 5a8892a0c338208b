package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;

/**
 * Corrections to a voice session; fields not set are kept. {@code durationSeconds} is not set
 * directly: whenever the start or end time changes the SDK recomputes it from them (and clears it
 * when the end time is cleared). An end time before the start time is a
 * {@link com.phiintelligence.sdk.error.ValidationException}. To end a running session use
 * {@link VoiceSessionRepository#end}, which also refuses to end it twice. The SDK stamps
 * {@code updatedAt} on every update.
 *
 * @param companyName        the new company name
 * @param roomName           the new LiveKit room
 * @param workerId           the new agent worker
 * @param startTime          the new start time
 * @param endTime            the new end time (null clears it, and the duration)
 * @param status             the new status
 * @param performanceMetrics the new performance document (null clears it)
 */
public record VoiceSessionUpdate(
        Change<String> companyName,
        Change<String> roomName,
        Change<String> workerId,
        Change<Instant> startTime,
        Change<Instant> endTime,
        Change<SessionStatus> status,
        Change<Json> performanceMetrics) {

    /** Checks the rules of the fields that are set. */
    public VoiceSessionUpdate {
        Checks.nonNull(companyName, "companyName");
        Checks.nonNull(roomName, "roomName");
        Checks.nonNull(workerId, "workerId");
        Checks.nonNull(startTime, "startTime");
        Checks.nonNull(endTime, "endTime");
        Checks.nonNull(status, "status");
        Checks.nonNull(performanceMetrics, "performanceMetrics");
        companyName.ifSet(v -> VoiceChecks.requiredText(v, VoiceChecks.COMPANY, "companyName"));
        roomName.ifSet(v -> VoiceChecks.requiredText(v, VoiceChecks.KEY, "roomName"));
        workerId.ifSet(v -> VoiceChecks.requiredText(v, VoiceChecks.KEY, "workerId"));
        startTime.ifSet(v -> Checks.required(v, "startTime"));
        status.ifSet(v -> VoiceChecks.code(Checks.required(v, "status"), VoiceChecks.STATUS, "status"));
        if (startTime.isSet() && endTime.isSet() && endTime.value() != null
                && endTime.value().isBefore(startTime.value())) {
            throw new ValidationException("endTime", "must not be before the start time");
        }
        startTime.ifSet(v -> Checks.instant(v, "startTime"));
        endTime.ifSet(v -> Checks.instant(v, "endTime"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VoiceSessionUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> companyName = Change.keep();
        private Change<String> roomName = Change.keep();
        private Change<String> workerId = Change.keep();
        private Change<Instant> startTime = Change.keep();
        private Change<Instant> endTime = Change.keep();
        private Change<SessionStatus> status = Change.keep();
        private Change<Json> performanceMetrics = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new company name
         * @return this builder
         */
        public Builder companyName(String v) {
            companyName = Change.to(v);
            return this;
        }

        /**
         * @param v the new LiveKit room
         * @return this builder
         */
        public Builder roomName(String v) {
            roomName = Change.to(v);
            return this;
        }

        /**
         * @param v the new agent worker
         * @return this builder
         */
        public Builder workerId(String v) {
            workerId = Change.to(v);
            return this;
        }

        /**
         * @param v the new start time
         * @return this builder
         */
        public Builder startTime(Instant v) {
            startTime = Change.to(v);
            return this;
        }

        /**
         * @param v the new end time, or null to clear it
         * @return this builder
         */
        public Builder endTime(Instant v) {
            endTime = Change.to(v);
            return this;
        }

        /**
         * @param v the new status
         * @return this builder
         */
        public Builder status(SessionStatus v) {
            status = Change.to(v);
            return this;
        }

        /**
         * @param v the new performance document, or null to clear it
         * @return this builder
         */
        public Builder performanceMetrics(Json v) {
            performanceMetrics = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public VoiceSessionUpdate build() {
            return new VoiceSessionUpdate(companyName, roomName, workerId, startTime, endTime, status,
                    performanceMetrics);
        }
    }
}
