package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;
import java.util.List;

/**
 * Changes to a job; fields not set are kept. Deactivating a job (rather than deleting it) is how a
 * job with applications is withdrawn.
 *
 * @param title        the new title
 * @param location     the new location
 * @param type         the new kind of engagement
 * @param description  the new description
 * @param requirements the new requirements (null clears them to none)
 * @param active       whether the job is listed and accepts applications from now on
 */
public record JobUpdate(Change<String> title, Change<String> location, Change<String> type, Change<String> description,
                        Change<List<String>> requirements, Change<Boolean> active) {

    /** Checks the rules of the fields that are set and copies the requirements. */
    public JobUpdate {
        Checks.nonNull(title, "title");
        Checks.nonNull(location, "location");
        Checks.nonNull(type, "type");
        Checks.nonNull(description, "description");
        Checks.nonNull(requirements, "requirements");
        Checks.nonNull(active, "active");
        title.ifSet(v -> Checks.notBlank(v, "title"));
        location.ifSet(v -> Checks.notBlank(v, "location"));
        type.ifSet(v -> Checks.notBlank(v, "type"));
        description.ifSet(v -> Checks.notBlank(v, "description"));
        if (requirements.isSet()) {
            requirements = Change.to(Checks.list(requirements.value(), "requirements"));
        }
        active.ifSet(v -> Checks.required(v, "active"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link JobUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> title = Change.keep();
        private Change<String> location = Change.keep();
        private Change<String> type = Change.keep();
        private Change<String> description = Change.keep();
        private Change<List<String>> requirements = Change.keep();
        private Change<Boolean> active = Change.keep();

        private Builder() {
        }

        /** @param v the new title @return this builder */
        public Builder title(String v) {
            title = Change.to(v);
            return this;
        }

        /** @param v the new location @return this builder */
        public Builder location(String v) {
            location = Change.to(v);
            return this;
        }

        /** @param v the new kind of engagement @return this builder */
        public Builder type(String v) {
            type = Change.to(v);
            return this;
        }

        /** @param v the new description @return this builder */
        public Builder description(String v) {
            description = Change.to(v);
            return this;
        }

        /** @param v the new requirements, or null for none @return this builder */
        public Builder requirements(List<String> v) {
            requirements = Change.to(v);
            return this;
        }

        /** @param v whether the job is listed and accepts applications @return this builder */
        public Builder active(boolean v) {
            active = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public JobUpdate build() {
            return new JobUpdate(title, location, type, description, requirements, active);
        }
    }
}
