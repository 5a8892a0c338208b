package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.util.List;

/** The rules of an application's inputs, shared by the create and update commands. */
final class ApplicationRules {
    /** The bounds of a rating. */
    static final int MIN_RATING = 1;
    static final int MAX_RATING = 5;

    private ApplicationRules() {
    }

    static PersonalInfo personalInfo(PersonalInfo info) {
        Checks.required(info, "personalInfo");
        Checks.notBlank(info.firstName(), "personalInfo.firstName");
        Checks.notBlank(info.lastName(), "personalInfo.lastName");
        Checks.email(Checks.notBlank(info.email(), "personalInfo.email"), "personalInfo.email");
        return info;
    }

    static <T> List<T> entries(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new ValidationException(field, "must not contain null elements");
            }
        }
        return List.copyOf(values);
    }

    static String resumeUrl(String url) {
        return url == null || url.isBlank() ? null : url;
    }

    static Integer rating(Integer rating) {
        return Checks.between(rating, MIN_RATING, MAX_RATING, "rating");
    }
}
