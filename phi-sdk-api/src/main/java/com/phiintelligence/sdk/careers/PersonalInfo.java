package com.phiintelligence.sdk.careers;

/**
 * Who applied: the {@code personal_info} document of an application. Every component is nullable
 * (the website leaves optional ones out); an application whose stored document could not be read
 * has {@link #empty()} personal information. Immutable.
 *
 * @param firstName         the first name
 * @param lastName          the last name
 * @param email             the e-mail address
 * @param phone             the phone number
 * @param linkedin          the LinkedIn profile URL
 * @param portfolio         the portfolio URL
 * @param location          where the candidate lives
 * @param workAuthorization the candidate's work authorisation, as they stated it
 */
public record PersonalInfo(String firstName, String lastName, String email, String phone, String linkedin,
                           String portfolio, String location, String workAuthorization) {
    private static final PersonalInfo EMPTY = new PersonalInfo(null, null, null, null, null, null, null, null);

    /** @return personal information with every component null */
    public static PersonalInfo empty() {
        return EMPTY;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PersonalInfo}; not thread-safe. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private String phone;
        private String linkedin;
        private String portfolio;
        private String location;
        private String workAuthorization;

        private Builder() {
        }

        /** @param v the first name @return this builder */
        public Builder firstName(String v) {
            firstName = v;
            return this;
        }

        /** @param v the last name @return this builder */
        public Builder lastName(String v) {
            lastName = v;
            return this;
        }

        /** @param v the e-mail address @return this builder */
        public Builder email(String v) {
            email = v;
            return this;
        }

        /** @param v the phone number @return this builder */
        public Builder phone(String v) {
            phone = v;
            return this;
        }

        /** @param v the LinkedIn profile URL @return this builder */
        public Builder linkedin(String v) {
            linkedin = v;
            return this;
        }

        /** @param v the portfolio URL @return this builder */
        public Builder portfolio(String v) {
            portfolio = v;
            return this;
        }

        /** @param v where the candidate lives @return this builder */
        public Builder location(String v) {
            location = v;
            return this;
        }

        /** @param v the work authorisation @return this builder */
        public Builder workAuthorization(String v) {
            workAuthorization = v;
            return this;
        }

        /** @return the personal information */
        public PersonalInfo build() {
            return new PersonalInfo(firstName, lastName, email, phone, linkedin, portfolio, location, workAuthorization);
        }
    }
}
