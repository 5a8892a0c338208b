package com.phiintelligence.sdk.config;

import com.phiintelligence.sdk.error.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PostgreSQL location, parsed from either of the two forms operators are handed:
 * <ul>
 *   <li>a JDBC URL, {@code jdbc:postgresql://host:5432/db?sslmode=require} (several hosts
 *       {@code host1:5432,host2:5433} allowed), its hosts and ports checked at once rather than by
 *       pgjdbc at connect time, otherwise used as given; the form without {@code //}, {@code jdbc:postgresql:db}, names a database on pgjdbc's
 *       default host and port. A JDBC URL must have a {@code /} after its hosts and no user information
 *       before an {@code @} (pgjdbc reads none);</li>
 *   <li>a libpq URL as Neon prints it, {@code postgresql://user:pass@host/db?sslmode=require&channel_binding=require}
 *       (or {@code postgres://}); user and password are taken out of it (percent-decoded) and the
 *       libpq parameters are renamed to their pgjdbc equivalents ({@code channel_binding} becomes
 *       {@code channelBinding}, {@code connect_timeout} becomes {@code connectTimeout},
 *       {@code application_name} becomes {@code ApplicationName}).</li>
 * </ul>
 * In either form, {@code user} and {@code password} query parameters are taken out of the URL too
 * (percent-decoded), and so is every other parameter whose name contains {@code password}, such as
 * {@code sslpassword} ({@link #secretParameters()}): {@link #jdbcUrl()}, which drivers and pools
 * log, never holds a secret. Immutable and thread-safe. {@link #toString()} never shows the password.
 *
 * <h2>Where the user information ends</h2>
 * As libpq does, the user information ({@code user:password}) is the text before the first
 * {@code @}, when no {@code /} comes before that {@code @}; so a password may hold a {@code ?}
 * ({@code postgresql://u:Se?cr3t@host/db}), but a {@code /} or an {@code @} in a user or password must
 * be percent-encoded ({@code %2F}, {@code %40}). One exception, for an {@code @} in a parameter of a
 * URL without user information: when the text before the first {@code @} reads as hosts without a
 * port, a {@code ?} and {@code name=value} parameters, it is read so
 * ({@code postgresql://host?user=me@server} names the user {@code me@server}); when it reads as
 * hosts with a port and parameters ({@code postgresql://host:5432?user=me@server}) it could as well
 * be {@code user:password} with a {@code ?} in the password, and the URL is refused as ambiguous.
 * Outside the user information, an {@code @} may stand only in the value of the {@code user}
 * parameter or of a password parameter ({@code postgresql://host/db?user=a@b.com}); anywhere else,
 * most likely the end of user information whose password holds a {@code /}, the URL is refused.
 *
 * <h2>What is refused</h2>
 * {@link #parse(String)} throws a {@link ValidationException} naming {@code url} and the rule, and
 * never any text of the URL (which may hold a password), when the URL has neither prefix, names no
 * host, has a host that is not a name or an IP address (IPv6 in brackets), a port that is not a number
 * from 1 to 65535, a {@code /} in its database name, an ambiguous or misplaced {@code @}, or a
 * malformed percent-escape in its user or password. The exception has no cause.
 */
public final class DatabaseUrl {
    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final List<String> LIBPQ_PREFIXES = List.of("postgresql://", "postgres://");
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "channel_binding", "channelBinding",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "target_session_attrs", "targetServerType");

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final Map<String, String> secretParameters;

    private DatabaseUrl(String jdbcUrl, String username, String password, Map<String, String> secretParameters) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.secretParameters = Collections.unmodifiableMap(secretParameters);
    }

    /**
     * Parses a JDBC or libpq URL by the rules above.
     *
     * @param url the URL, not null; leading and trailing white space is ignored
     * @return the parsed location
     * @throws NullPointerException when {@code url} is null
     * @throws ValidationException naming {@code url} and the rule it breaks (never echoing the URL)
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (trimmed.startsWith(JDBC_PREFIX)) {
            return parseJdbc(trimmed.substring(JDBC_PREFIX.length()));
        }
        for (String prefix : LIBPQ_PREFIXES) {
            if (trimmed.startsWith(prefix)) {
                return parseLibpq(trimmed.substring(prefix.length()));
            }
        }
        throw new ValidationException("url", "must start with jdbc:postgresql:, postgresql:// or postgres://");
    }

    private static DatabaseUrl parseLibpq(String text) {
        UrlParts parts = UrlParts.split(text);
        parts.checkLocation();
        List<UrlParts.Param> params = new ArrayList<>();
        for (UrlParts.Param p : parts.params()) {
            params.add(new UrlParts.Param(LIBPQ_TO_PGJDBC.getOrDefault(p.name(), p.name()), p.value()));
        }
        String user = credential(parts, "user");
        String pass = credential(parts, "password");
        if (parts.userInfo() != null) {
            int colon = parts.userInfo().indexOf(':');
            user = nullIfEmpty(decode(colon >= 0 ? parts.userInfo().substring(0, colon) : parts.userInfo()));
            pass = colon >= 0 ? decode(parts.userInfo().substring(colon + 1)) : pass;
        }
        UrlParts jdbc = new UrlParts(null, parts.hosts(), parts.database() == null ? "" : parts.database(), kept(params));
        return new DatabaseUrl(JDBC_PREFIX + "//" + jdbc, user, pass, secrets(params));
    }

    private static DatabaseUrl parseJdbc(String text) {
        boolean hosts = text.startsWith("//");
        UrlParts parts = hosts ? UrlParts.split(text.substring(2)) : UrlParts.splitWithoutHosts(text);
        if (parts.userInfo() != null) {
            throw new ValidationException("url", "must not hold a user or password before an '@' in the JDBC form;"
                    + " give them as the user and password parameters or to the builder");
        }
        parts.checkLocation();
        if (hosts && parts.database() == null) {
            throw new ValidationException("url",
                    "must have a '/' after its hosts in the JDBC form (jdbc:postgresql://host:port/database)");
        }
        return new DatabaseUrl(JDBC_PREFIX + (hosts ? "//" : "") + parts.withParams(kept(parts.params())),
                credential(parts, "user"), credential(parts, "password"), secrets(parts.params()));
    }

    /** The parameters that stay in the JDBC URL: neither credentials nor secrets. */
    private static List<UrlParts.Param> kept(List<UrlParts.Param> params) {
        return params.stream().filter(p -> !p.isCredential() && !p.isPassword()).toList();
    }

    /** Secret parameters other than the password ({@code sslpassword}, ...), percent-decoded; the last of a name wins. */
    private static Map<String, String> secrets(List<UrlParts.Param> params) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (UrlParts.Param p : params) {
            if (p.isPassword() && !p.isCredential()) {
                secrets.put(p.name(), decode(p.value() == null ? "" : p.value()));
            }
        }
        return secrets;
    }

    /** @return the percent-decoded value of the last parameter of that name, null when absent or empty */
    private static String credential(UrlParts parts, String name) {
        String value = null;
        for (UrlParts.Param p : parts.params()) {
            if (p.name().equals(name)) {
                value = decode(p.value() == null ? "" : p.value());
            }
        }
        return name.equals("user") ? nullIfEmpty(value) : value;
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // No cause: the decoder's message quotes the text, which is part of a user or password.
            throw new ValidationException("url", "has a malformed percent-escape in its user or password");
        }
    }

    /**
     * A URL fit for messages and logs, of either form: the user information before an {@code @} and
     * the value of every parameter whose name contains {@code password} (in any case,
     * {@code sslpassword} among them) are replaced by {@code ****}, the user information found by the
     * rules above. When those rules cannot split the URL (an ambiguous or misplaced {@code @}),
     * everything after the scheme is replaced; a text that is not a PostgreSQL URL becomes {@code ****}.
     *
     * @param url a JDBC or libpq URL, or null
     * @return the URL without secrets, or null
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        for (String prefix : List.of(JDBC_PREFIX + "//", LIBPQ_PREFIXES.get(0), LIBPQ_PREFIXES.get(1), JDBC_PREFIX)) {
            if (url.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                try {
                    UrlParts parts = prefix.endsWith("//") ? UrlParts.split(rest) : UrlParts.splitWithoutHosts(rest);
                    return prefix + parts.redacted();
                } catch (ValidationException e) {
                    return prefix + "****";
                }
            }
        }
        return "****";
    }

    /** @return the URL in pgjdbc form, without user, password or any other secret parameter */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * @return the parameters whose name contains {@code password} (in any case) other than the
     *         password itself, such as {@code sslpassword}, taken out of the URL and percent-decoded,
     *         for the driver's connection properties; empty when there are none; never log them
     */
    public Map<String, String> secretParameters() {
        return secretParameters;
    }

    /** @return the user named in the URL, or {@code null} */
    public String username() {
        return username;
    }

    /** @return the password named in the URL, or {@code null}; never log it */
    public String password() {
        return password;
    }

    /** @return the JDBC URL and user, with the password and the names of the secret parameters masked */
    @Override
    public String toString() {
        return "DatabaseUrl[" + redact(jdbcUrl) + (username == null ? "" : ", user=" + username)
                + (password == null ? "" : ", password=****")
                + (secretParameters.isEmpty() ? "" : ", secrets=" + secretParameters.keySet()) + "]";
    }
}
