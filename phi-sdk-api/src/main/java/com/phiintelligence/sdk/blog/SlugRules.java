package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.util.regex.Pattern;

/** The shape of a slug given by a caller, shared by the create and update commands. */
final class SlugRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private SlugRules() {
    }

    static String check(String slug) {
        Checks.notBlank(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new ValidationException("slug", "must be lower-case ASCII letters and digits joined by single hyphens");
        }
        return slug;
    }
}
