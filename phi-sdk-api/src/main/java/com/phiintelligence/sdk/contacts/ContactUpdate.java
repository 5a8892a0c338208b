package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;

/**
 * The admin's changes to a lead; fields not set are kept. When the status first leaves
 * {@code new}, the SDK sets {@code lastContactedAt} to now and {@code responseTimeHours} to the
 * whole hours since creation, unless this update sets them itself.
 *
 * @param name              the new name
 * @param email             the new e-mail address
 * @param company           the new company (null clears it)
 * @param service           the new service (null clears it)
 * @param message           the new message
 * @param status            the new status
 * @param notes             the new notes (null clears them)
 * @param priority          the new priority
 * @param source            the new source
 * @param responseTimeHours the new response time in whole hours (null clears it)
 * @param lastContactedAt   the new first-answer time (null clears it)
 * @param assignedTo        the new assignee (null clears it)
 */
public record ContactUpdate(
        Change<String> name,
        Change<String> email,
        Change<String> company,
        Change<ContactService> service,
        Change<String> message,
        Change<ContactStatus> status,
        Change<String> notes,
        Change<Priority> priority,
        Change<ContactSource> source,
        Change<Integer> responseTimeHours,
        Change<Instant> lastContactedAt,
        Change<String> assignedTo) {

    /** Checks the rules of the fields that are set. */
    public ContactUpdate {
        Checks.nonNull(name, "name");
        Checks.nonNull(email, "email");
        Checks.nonNull(company, "company");
        Checks.nonNull(service, "service");
        Checks.nonNull(message, "message");
        Checks.nonNull(status, "status");
        Checks.nonNull(notes, "notes");
        Checks.nonNull(priority, "priority");
        Checks.nonNull(source, "source");
        Checks.nonNull(responseTimeHours, "responseTimeHours");
        Checks.nonNull(lastContactedAt, "lastContactedAt");
        Checks.nonNull(assignedTo, "assignedTo");
        name.ifSet(v -> Checks.notBlank(v, "name"));
        email.ifSet(v -> Checks.email(Checks.notBlank(v, "email"), "email"));
        message.ifSet(v -> Checks.notBlank(v, "message"));
        status.ifSet(v -> Checks.required(v, "status"));
        priority.ifSet(v -> Checks.required(v, "priority"));
        source.ifSet(v -> Checks.required(v, "source"));
        responseTimeHours.ifSet(v -> Checks.notNegative(v, "responseTimeHours"));
        lastContactedAt.ifSet(v -> Checks.instant(v, "lastContactedAt"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContactUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> name = Change.keep();
        private Change<String> email = Change.keep();
        private Change<String> company = Change.keep();
        private Change<ContactService> service = Change.keep();
        private Change<String> message = Change.keep();
        private Change<ContactStatus> status = Change.keep();
        private Change<String> notes = Change.keep();
        private Change<Priority> priority = Change.keep();
        private Change<ContactSource> source = Change.keep();
        private Change<Integer> responseTimeHours = Change.keep();
        private Change<Instant> lastContactedAt = Change.keep();
        private Change<String> assignedTo = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new name
         * @return this builder
         */
        public Builder name(String v) {
            name = Change.to(v);
            return this;
        }

        /**
         * @param v the new e-mail address
         * @return this builder
         */
        public Builder email(String v) {
            email = Change.to(v);
            return this;
        }

        /**
         * @param v the new company, or null to clear it
         * @return this builder
         */
        public Builder company(String v) {
            company = Change.to(v);
            return this;
        }

        /**
         * @param v the new service, or null to clear it
         * @return this builder
         */
        public Builder service(ContactService v) {
            service = Change.to(v);
            return this;
        }

        /**
         * @param v the new message
         * @return this builder
         */
        public Builder message(String v) {
            message = Change.to(v);
            return this;
        }

        /**
         * @param v the new status
         * @return this builder
         */
        public Builder status(ContactStatus v) {
            status = Change.to(v);
            return this;
        }

        /**
         * @param v the new notes, or null to clear them
         * @return this builder
         */
        public Builder notes(String v) {
            notes = Change.to(v);
            return this;
        }

        /**
         * @param v the new priority
         * @return this builder
         */
        public Builder priority(Priority v) {
            priority = Change.to(v);
            return this;
        }

        /**
         * @param v the new source
         * @return this builder
         */
        public Builder source(ContactSource v) {
            source = Change.to(v);
            return this;
        }

        /**
         * @param v the response time in whole hours, or null to clear it
         * @return this builder
         */
        public Builder responseTimeHours(Integer v) {
            responseTimeHours = Change.to(v);
            return this;
        }

        /**
         * @param v the first-answer time, or null to clear it
         * @return this builder
         */
        public Builder lastContactedAt(Instant v) {
            lastContactedAt = Change.to(v);
            return this;
        }

        /**
         * @param v the assignee, or null to clear it
         * @return this builder
         */
        public Builder assignedTo(String v) {
            assignedTo = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public ContactUpdate build() {
            return new ContactUpdate(name, email, company, service, message, status, notes, priority, source,
                    responseTimeHours, lastContactedAt, assignedTo);
        }
    }
}
