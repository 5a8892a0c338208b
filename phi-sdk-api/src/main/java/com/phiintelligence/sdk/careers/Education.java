package com.phiintelligence.sdk.careers;

/**
 * One degree in a candidate's education: an element of the {@code education} document of an
 * application. Components are nullable text, kept as the candidate wrote them (a number the
 * website stored, such as a year or a GPA, reads as its text). Immutable.
 *
 * @param institution    the school
 * @param degree         the degree, for example {@code BSc}
 * @param field          the field of study
 * @param graduationYear the year of graduation, as written
 * @param gpa            the grade point average, as written
 */
public record Education(String institution, String degree, String field, String graduationYear, String gpa) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Education}; not thread-safe. */
    public static final class Builder {
        private String institution;
        private String degree;
        private String field;
        private String graduationYear;
        private String gpa;

        private Builder() {
        }

        /** @param v the school @return this builder */
        public Builder institution(String v) {
            institution = v;
            return this;
        }

        /** @param v the degree @return this builder */
        public Builder degree(String v) {
            degree = v;
            return this;
        }

        /** @param v the field of study @return this builder */
        public Builder field(String v) {
            field = v;
            return this;
        }

        /** @param v the year of graduation @return this builder */
        public Builder graduationYear(String v) {
            graduationYear = v;
            return this;
        }

        /** @param v the grade point average @return this builder */
        public Builder gpa(String v) {
            gpa = v;
            return this;
        }

        /** @return the degree */
        public Education build() {
            return new Education(institution, degree, field, graduationYear, gpa);
        }
    }
}
