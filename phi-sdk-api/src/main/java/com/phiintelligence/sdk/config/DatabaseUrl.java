package com.phiintelligence.sdk.config;

import com.phiintelligence.sdk.error.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A PostgreSQL location, parsed from either of the two forms operators are handed:
 * <ul>
 *   <li>a JDBC URL, {@code jdbc:postgresql://host:5432/db?sslmode=require}, used as given;</li>
 *   <li>a libpq URL as Neon prints it, {@code postgresql://user:pass@host/db?sslmode=require&channel_binding=require}
 *       (or {@code postgres://}); user and password are taken out of it (percent-decoded) and the
 *       libpq parameters are renamed to their pgjdbc equivalents ({@code channel_binding} becomes
 *       {@code channelBinding}, {@code connect_timeout} becomes {@code connectTimeout},
 *       {@code application_name} becomes {@code ApplicationName}).</li>
 * </ul>
 * In either form, {@code user} and {@code password} query parameters are taken out of the URL too
 * (percent-decoded), so that {@link #jdbcUrl()}, which the SDK shows in messages, never holds a
 * password. Immutable and thread-safe. {@link #toString()} never shows the password.
 */
public final class DatabaseUrl {
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "channel_binding", "channelBinding",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "target_session_attrs", "targetServerType");

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private DatabaseUrl(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /**
     * Parses a JDBC or libpq URL.
     *
     * @param url the URL, not null
     * @return the parsed location
     * @throws ValidationException naming {@code url} when the text is neither form
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        boolean jdbc = trimmed.startsWith("jdbc:postgresql:");
        String rest;
        if (jdbc) {
            rest = trimmed;
        } else if (trimmed.startsWith("postgresql://")) {
            rest = trimmed.substring("postgresql://".length());
        } else if (trimmed.startsWith("postgres://")) {
            rest = trimmed.substring("postgres://".length());
        } else {
            throw new ValidationException("url",
                    "must start with jdbc:postgresql:, postgresql:// or postgres://");
        }
        Map<String, String> query = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = queryParams(rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        // Credentials in the query (both forms allow them) are lifted out, so that the URL the SDK
        // shows in messages and logs never carries a password.
        String user = nullIfEmpty(decodeOrNull(query.remove("user")));
        String pass = decodeOrNull(query.remove("password"));
        if (!jdbc) {
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = rest.substring(0, at);
                rest = rest.substring(at + 1);
                int colon = userInfo.indexOf(':');
                if (colon >= 0) {
                    user = nullIfEmpty(decode(userInfo.substring(0, colon)));
                    pass = decode(userInfo.substring(colon + 1));
                } else {
                    user = nullIfEmpty(decode(userInfo));
                }
            }
            int slash = rest.indexOf('/');
            String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
            if (hostPort.isEmpty()) {
                throw new ValidationException("url", "must name a host");
            }
            checkPorts(hostPort);
            rest = "jdbc:postgresql://" + hostPort + "/" + (slash >= 0 ? rest.substring(slash + 1) : "");
        }
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String> p : query.entrySet()) {
            String name = jdbc ? p.getKey() : LIBPQ_TO_PGJDBC.getOrDefault(p.getKey(), p.getKey());
            params.add(name + "=" + p.getValue());
        }
        return new DatabaseUrl(rest + params, user, pass);
    }

    /** Each of the comma-separated hosts may end in {@code :port}, a number from 1 to 65535. */
    private static void checkPorts(String hosts) {
        for (String host : hosts.split(",", -1)) {
            int bracket = host.lastIndexOf(']');
            int colon = host.lastIndexOf(':');
            if (colon < 0 || colon < bracket || (bracket < 0 && host.indexOf(':') != colon)) {
                continue;
            }
            String port = host.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new ValidationException("url", "has a port that is not a number from 1 to 65535: " + port);
            }
        }
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decodeOrNull(String s) {
        return s == null ? null : decode(s);
    }

    private static Map<String, String> queryParams(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq >= 0 ? pair.substring(0, eq) : pair;
            String value = eq >= 0 ? pair.substring(eq + 1) : "";
            params.put(key, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("url", "has a malformed percent-escape in its user or password", e);
        }
    }

    /**
     * A JDBC URL fit for messages and logs: the value of every parameter whose name contains
     * {@code password} (in any case, {@code sslpassword} among them) and any user information before
     * an {@code @} in the host part are replaced by {@code ****}.
     *
     * @param jdbcUrl a JDBC URL, or null
     * @return the URL without secrets, or null
     */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        int q = jdbcUrl.indexOf('?');
        String base = q >= 0 ? jdbcUrl.substring(0, q) : jdbcUrl;
        int hostStart = base.indexOf("//");
        int at = base.lastIndexOf('@');
        if (hostStart >= 0 && at > hostStart) {
            base = base.substring(0, hostStart + 2) + "****" + base.substring(at);
        }
        if (q < 0) {
            return base;
        }
        StringJoiner params = new StringJoiner("&", "?", "");
        for (String pair : jdbcUrl.substring(q + 1).split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq >= 0 ? pair.substring(0, eq) : pair;
            params.add(key.toLowerCase(java.util.Locale.ROOT).contains("password") ? key + "=****" : pair);
        }
        return base + params;
    }

    /** @return the URL in pgjdbc form, without user and password */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** @return the user named in the URL, or {@code null} */
    public String username() {
        return username;
    }

    /** @return the password named in the URL, or {@code null}; never log it */
    public String password() {
        return password;
    }

    /** @return the JDBC URL and user, with the password masked */
    @Override
    public String toString() {
        return "DatabaseUrl[" + redact(jdbcUrl) + (username == null ? "" : ", user=" + username)
                + (password == null ? "" : ", password=****") + "]";
    }
}
