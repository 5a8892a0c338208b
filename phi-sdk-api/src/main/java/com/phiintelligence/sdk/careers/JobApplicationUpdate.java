package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * Changes to an application; fields not set are kept. Every update, even one that changes nothing,
 * moves {@code updatedAt} to now. A status change must be a move that
 * {@link ApplicationStatus#canMoveTo} allows from the stored status, else the update fails with a
 * {@link ValidationException} on {@code status}.
 *
 * @param personalInfo  the new personal information (same rules as {@link NewJobApplication})
 * @param experience    the new work history (null clears it to none)
 * @param education     the new degrees (null clears them to none)
 * @param skills        the new skills (null clears them to none)
 * @param coverLetter   the new cover letter
 * @param resumeUrl     the new résumé URL (null or blank: no résumé)
 * @param status        the new status, a known one
 * @param notes         the new notes (null clears them)
 * @param priority      the new priority
 * @param rating        the new rating from 1 to 5 (null clears it)
 * @param assignedTo    the new assignee (null clears it)
 * @param interviewDate the new interview time (null clears it)
 */
public record JobApplicationUpdate(
        Change<PersonalInfo> personalInfo,
        Change<List<Experience>> experience,
        Change<List<Education>> education,
        Change<List<String>> skills,
        Change<String> coverLetter,
        Change<String> resumeUrl,
        Change<ApplicationStatus> status,
        Change<String> notes,
        Change<Priority> priority,
        Change<Integer> rating,
        Change<String> assignedTo,
        Change<Instant> interviewDate) {

    /** Checks the rules of the fields that are set and copies the lists. */
    public JobApplicationUpdate {
        Checks.nonNull(personalInfo, "personalInfo");
        Checks.nonNull(experience, "experience");
        Checks.nonNull(education, "education");
        Checks.nonNull(skills, "skills");
        Checks.nonNull(coverLetter, "coverLetter");
        Checks.nonNull(resumeUrl, "resumeUrl");
        Checks.nonNull(status, "status");
        Checks.nonNull(notes, "notes");
        Checks.nonNull(priority, "priority");
        Checks.nonNull(rating, "rating");
        Checks.nonNull(assignedTo, "assignedTo");
        Checks.nonNull(interviewDate, "interviewDate");
        personalInfo.ifSet(ApplicationRules::personalInfo);
        if (experience.isSet()) {
            experience = Change.to(ApplicationRules.entries(experience.value(), "experience"));
        }
        if (education.isSet()) {
            education = Change.to(ApplicationRules.entries(education.value(), "education"));
        }
        if (skills.isSet()) {
            skills = Change.to(Checks.list(skills.value(), "skills"));
        }
        coverLetter.ifSet(v -> Checks.required(v, "coverLetter"));
        if (resumeUrl.isSet()) {
            resumeUrl = Change.to(ApplicationRules.resumeUrl(resumeUrl.value()));
        }
        status.ifSet(v -> {
            Checks.required(v, "status");
            if (!v.isKnown()) {
                throw new ValidationException("status", "must be a known status");
            }
        });
        priority.ifSet(v -> Checks.required(v, "priority"));
        rating.ifSet(ApplicationRules::rating);
        interviewDate.ifSet(v -> Checks.instant(v, "interviewDate"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link JobApplicationUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<PersonalInfo> personalInfo = Change.keep();
        private Change<List<Experience>> experience = Change.keep();
        private Change<List<Education>> education = Change.keep();
        private Change<List<String>> skills = Change.keep();
        private Change<String> coverLetter = Change.keep();
        private Change<String> resumeUrl = Change.keep();
        private Change<ApplicationStatus> status = Change.keep();
        private Change<String> notes = Change.keep();
        private Change<Priority> priority = Change.keep();
        private Change<Integer> rating = Change.keep();
        private Change<String> assignedTo = Change.keep();
        private Change<Instant> interviewDate = Change.keep();

        private Builder() {
        }

        /** @param v the new personal information @return this builder */
        public Builder personalInfo(PersonalInfo v) {
            personalInfo = Change.to(v);
            return this;
        }

        /** @param v the new work history, or null for none @return this builder */
        public Builder experience(List<Experience> v) {
            experience = Change.to(v);
            return this;
        }

        /** @param v the new degrees, or null for none @return this builder */
        public Builder education(List<Education> v) {
            education = Change.to(v);
            return this;
        }

        /** @param v the new skills, or null for none @return this builder */
        public Builder skills(List<String> v) {
            skills = Change.to(v);
            return this;
        }

        /** @param v the new cover letter @return this builder */
        public Builder coverLetter(String v) {
            coverLetter = Change.to(v);
            return this;
        }

        /** @param v the new résumé URL, or null for none @return this builder */
        public Builder resumeUrl(String v) {
            resumeUrl = Change.to(v);
            return this;
        }

        /** @param v the new status @return this builder */
        public Builder status(ApplicationStatus v) {
            status = Change.to(v);
            return this;
        }

        /** @param v the new notes, or null to clear them @return this builder */
        public Builder notes(String v) {
            notes = Change.to(v);
            return this;
        }

        /** @param v the new priority @return this builder */
        public Builder priority(Priority v) {
            priority = Change.to(v);
            return this;
        }

        /** @param v the new rating from 1 to 5, or null to clear it @return this builder */
        public Builder rating(Integer v) {
            rating = Change.to(v);
            return this;
        }

        /** @param v the new assignee, or null to clear it @return this builder */
        public Builder assignedTo(String v) {
            assignedTo = Change.to(v);
            return this;
        }

        /** @param v the new interview time, or null to clear it @return this builder */
        public Builder interviewDate(Instant v) {
            interviewDate = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public JobApplicationUpdate build() {
            return new JobApplicationUpdate(personalInfo, experience, education, skills, coverLetter, resumeUrl, status,
                    notes, priority, rating, assignedTo, interviewDate);
        }
    }
}
