package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.internal.Checks;
import java.util.List;

/**
 * An application as the careers page submits it. Status ({@code new}), priority ({@code medium}),
 * key and timestamps are set by the SDK; admin fields are set later with {@link JobApplicationUpdate}.
 * The job must exist ({@link com.phiintelligence.sdk.error.ReferenceException} otherwise) and be
 * active ({@link com.phiintelligence.sdk.error.ValidationException} on {@code jobId} otherwise).
 *
 * @param jobId        the job applied to, required
 * @param personalInfo who applies, required, with first name, last name and a valid e-mail address
 * @param experience   the work history; null means none; no null elements
 * @param education    the degrees; null means none; no null elements
 * @param skills       the skills; null means none; no null elements
 * @param coverLetter  the cover letter, required (may be empty)
 * @param resumeUrl    where the résumé is; null or blank means none
 */
public record NewJobApplication(String jobId, PersonalInfo personalInfo, List<Experience> experience,
                                List<Education> education, List<String> skills, String coverLetter,
                                String resumeUrl) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewJobApplication {
        Checks.notBlank(jobId, "jobId");
        ApplicationRules.personalInfo(personalInfo);
        experience = ApplicationRules.entries(experience, "experience");
        education = ApplicationRules.entries(education, "education");
        skills = Checks.list(skills, "skills");
        Checks.required(coverLetter, "coverLetter");
        resumeUrl = ApplicationRules.resumeUrl(resumeUrl);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewJobApplication}; not thread-safe. */
    public static final class Builder {
        private String jobId;
        private PersonalInfo personalInfo;
        private List<Experience> experience;
        private List<Education> education;
        private List<String> skills;
        private String coverLetter;
        private String resumeUrl;

        private Builder() {
        }

        /** @param v the job applied to @return this builder */
        public Builder jobId(String v) {
            jobId = v;
            return this;
        }

        /** @param v who applies @return this builder */
        public Builder personalInfo(PersonalInfo v) {
            personalInfo = v;
            return this;
        }

        /** @param v the work history @return this builder */
        public Builder experience(List<Experience> v) {
            experience = v;
            return this;
        }

        /** @param v the degrees @return this builder */
        public Builder education(List<Education> v) {
            education = v;
            return this;
        }

        /** @param v the skills @return this builder */
        public Builder skills(List<String> v) {
            skills = v;
            return this;
        }

        /** @param v the cover letter @return this builder */
        public Builder coverLetter(String v) {
            coverLetter = v;
            return this;
        }

        /** @param v where the résumé is, or null for none @return this builder */
        public Builder resumeUrl(String v) {
            resumeUrl = v;
            return this;
        }

        /** @return the checked command */
        public NewJobApplication build() {
            return new NewJobApplication(jobId, personalInfo, experience, education, skills, coverLetter, resumeUrl);
        }
    }
}
