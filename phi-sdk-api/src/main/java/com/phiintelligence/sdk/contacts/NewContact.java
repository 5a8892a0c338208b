package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.internal.Checks;

/**
 * A lead as the public contact form submits it. Status ({@code new}), priority ({@code medium}),
 * key and creation time are set by the SDK; admin fields are set later with {@link ContactUpdate}.
 *
 * @param name    who writes, required
 * @param email   their e-mail address, required
 * @param company their company, nullable
 * @param service the service asked about, nullable
 * @param message what they write, required
 * @param source  where it comes from; null means {@link ContactSource#CONTACT_FORM}
 */
public record NewContact(String name, String email, String company, ContactService service, String message,
                         ContactSource source) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewContact {
        Checks.notBlank(name, "name");
        Checks.email(Checks.notBlank(email, "email"), "email");
        Checks.notBlank(message, "message");
        if (source == null) {
            source = ContactSource.CONTACT_FORM;
        }
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewContact}; not thread-safe. */
    public static final class Builder {
        private String name;
        private String email;
        private String company;
        private ContactService service;
        private String message;
        private ContactSource source;

        private Builder() {
        }

        /**
         * @param name who writes
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param email their e-mail address
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * @param company their company
         * @return this builder
         */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        /**
         * @param service the service asked about
         * @return this builder
         */
        public Builder service(ContactService service) {
            this.service = service;
            return this;
        }

        /**
         * @param message what they write
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * @param source where the lead comes from
         * @return this builder
         */
        public Builder source(ContactSource source) {
            this.source = source;
            return this;
        }

        /** @return the checked command */
        public NewContact build() {
            return new NewContact(name, email, company, service, message, source);
        }
    }
}
