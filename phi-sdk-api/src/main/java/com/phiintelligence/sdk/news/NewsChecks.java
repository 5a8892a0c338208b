package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import java.util.regex.Pattern;

/**
 * Rules shared by the news commands that {@link Checks} does not have. Each failure is a
 * {@link ValidationException} naming the field and the rule, never the value.
 */
final class NewsChecks {
    /** What {@code toString()} shows instead of a secret. */
    static final String MASK = "****";

    // Deliberately lenient: feeds carry URLs that java.net.URI rejects (unescaped '|', '[' ...);
    // what matters is an absolute http(s) address without white space.
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

    private NewsChecks() {
    }

    /**
     * @param value the input, required
     * @param field its name
     * @return the value
     */
    static String httpUrl(String value, String field) {
        return optionalHttpUrl(Checks.notBlank(value, field), field);
    }

    /**
     * @param value the input, or null
     * @param field its name
     * @return the value
     */
    static String optionalHttpUrl(String value, String field) {
        if (value != null && !HTTP_URL.matcher(value).matches()) {
            throw new ValidationException(field, "must be an absolute http or https URL");
        }
        return value;
    }

    /**
     * @param value the input, or null
     * @param field its name
     * @return the value
     */
    static String optionalNotBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new ValidationException(field, "must not be blank when given");
        }
        return value;
    }

    /**
     * @param secret a secret, or null
     * @return what {@code toString()} shows for it: {@code null} or {@value #MASK}
     */
    static String mask(Object secret) {
        return secret == null ? "null" : MASK;
    }
}
