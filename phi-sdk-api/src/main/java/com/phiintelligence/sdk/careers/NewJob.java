package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.internal.Checks;
import java.util.List;

/**
 * A job to post. Key and creation time are set by the SDK.
 *
 * @param title        the position's title, required
 * @param location     where the work is, required
 * @param type         the kind of engagement, free text, required
 * @param description  what the job is, required
 * @param requirements what a candidate needs; null means none; no null elements
 * @param active       whether the job is listed and accepts applications (the builder's default is true)
 */
public record NewJob(String title, String location, String type, String description, List<String> requirements,
                     boolean active) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewJob {
        Checks.notBlank(title, "title");
        Checks.notBlank(location, "location");
        Checks.notBlank(type, "type");
        Checks.notBlank(description, "description");
        requirements = Checks.list(requirements, "requirements");
    }

    /** @return an empty builder; the job is active unless set otherwise */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewJob}; not thread-safe. */
    public static final class Builder {
        private String title;
        private String location;
        private String type;
        private String description;
        private List<String> requirements;
        private boolean active = true;

        private Builder() {
        }

        /** @param title the position's title @return this builder */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** @param location where the work is @return this builder */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** @param type the kind of engagement, for example {@code Full Time} @return this builder */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** @param description what the job is @return this builder */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** @param requirements what a candidate needs, in order @return this builder */
        public Builder requirements(List<String> requirements) {
            this.requirements = requirements;
            return this;
        }

        /** @param active whether the job is listed (default true) @return this builder */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /** @return the checked command */
        public NewJob build() {
            return new NewJob(title, location, type, description, requirements, active);
        }
    }
}
