package com.phiintelligence.sdk.careers;

/**
 * One position in a candidate's work history: an element of the {@code experience} document of an
 * application. Text components are nullable and kept as the candidate wrote them (dates included,
 * which the website's form sends as text such as {@code 2021-03}). Immutable.
 *
 * @param company     the employer
 * @param title       the position held
 * @param startDate   when it started, as written
 * @param endDate     when it ended, as written; usually null while {@code current}
 * @param current     whether the candidate still holds it
 * @param description what the candidate did
 */
public record Experience(String company, String title, String startDate, String endDate, boolean current,
                         String description) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Experience}; not thread-safe. */
    public static final class Builder {
        private String company;
        private String title;
        private String startDate;
        private String endDate;
        private boolean current;
        private String description;

        private Builder() {
        }

        /** @param v the employer @return this builder */
        public Builder company(String v) {
            company = v;
            return this;
        }

        /** @param v the position held @return this builder */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /** @param v when it started, as written @return this builder */
        public Builder startDate(String v) {
            startDate = v;
            return this;
        }

        /** @param v when it ended, as written @return this builder */
        public Builder endDate(String v) {
            endDate = v;
            return this;
        }

        /** @param v whether the candidate still holds it @return this builder */
        public Builder current(boolean v) {
            current = v;
            return this;
        }

        /** @param v what the candidate did @return this builder */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /** @return the position */
        public Experience build() {
            return new Experience(company, title, startDate, endDate, current, description);
        }
    }
}
