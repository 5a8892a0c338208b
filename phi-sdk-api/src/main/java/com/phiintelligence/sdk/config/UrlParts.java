package com.phiintelligence.sdk.config;

import com.phiintelligence.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The parts of a PostgreSQL URL after its scheme, split by the rules that {@link DatabaseUrl}
 * documents; nothing is decoded. Every rule it throws names {@code url} and never holds any of the
 * URL's text, which may be a password.
 *
 * @param userInfo the text before the {@code @} that ends the user information, or {@code null}
 * @param hosts    the comma-separated hosts, each with an optional {@code :port}, or {@code null} in
 *                 the JDBC form without {@code //}
 * @param database the text between the {@code /} after the hosts and the query, or {@code null} when
 *                 there is no such {@code /}
 * @param params   the query parameters in their order, never null
 */
record UrlParts(String userInfo, String hosts, String database, List<Param> params) {
    static final String AT_RULE = "has an '@' that neither ends the user information nor belongs to the value of"
            + " the user or a password parameter; percent-encode '@', '/' and '?' in a user or password"
            + " (%40, %2F, %3F)";
    static final String AMBIGUOUS_RULE = "is ambiguous: the text before its first '@' reads both as"
            + " host:port?parameters and as user:password with a '?' in the password; percent-encode that '?'"
            + " as %3F or that '@' as %40";
    static final String NO_HOST_RULE = "must name a host";
    static final String HOST_RULE = "has a host that is not a name or an IP address (IPv6 in brackets)";
    static final String PORT_RULE = "has a port that is not a number from 1 to 65535";
    static final String DATABASE_RULE = "has a '/' in its database name; percent-encode it as %2F";

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Za-z:.%]+\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern PARAMS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=[^&]*(&[A-Za-z_][A-Za-z0-9_]*=[^&]*)*");

    /**
     * One query parameter, as written.
     *
     * @param name  the name
     * @param value the text after {@code =}, or {@code null} when there is no {@code =}
     */
    record Param(String name, String value) {
        /** @return whether this parameter carries a password ({@code password}, {@code sslpassword}, ...) */
        boolean isPassword() {
            return name.toLowerCase(Locale.ROOT).contains("password");
        }

        /** @return whether this parameter is one the SDK takes out of the URL as a credential */
        boolean isCredential() {
            return name.equals("user") || name.equals("password");
        }

        @Override
        public String toString() {
            return value == null ? name : name + "=" + value;
        }
    }

    /**
     * Splits what follows {@code //}: user information, hosts, database and query.
     *
     * @param text the URL after {@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql://}
     * @return the parts
     * @throws ValidationException naming {@code url} when an {@code @} is ambiguous or out of place
     */
    static UrlParts split(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return withoutUserInfo(text);
        }
        String before = text.substring(0, at);
        int slash = before.indexOf('/');
        int question = before.indexOf('?');
        if (slash < 0 && question < 0) {
            return of(before, text.substring(at + 1));
        }
        if (question >= 0 && (slash < 0 || question < slash)) {
            // Either host[:port]?name=value...@... (the '@' is in a parameter) or user:pass?word@host.
            String head = before.substring(0, question);
            if (hostsProblem(head) == null && PARAMS.matcher(before.substring(question + 1)).matches()) {
                if (hasPort(head)) {
                    throw new ValidationException("url", AMBIGUOUS_RULE);
                }
                return withoutUserInfo(text);
            }
            if (slash < 0) {
                return of(before, text.substring(at + 1));
            }
        }
        // A '/' before the '@': libpq sees no user information; the '@' must then be in a parameter.
        return withoutUserInfo(text);
    }

    /**
     * Splits a JDBC URL without {@code //} ({@code jdbc:postgresql:database?query}).
     *
     * @param text the URL after {@code jdbc:postgresql:}
     * @return the parts, without user information and hosts
     */
    static UrlParts splitWithoutHosts(String text) {
        int question = text.indexOf('?');
        String database = question >= 0 ? text.substring(0, question) : text;
        return checked(new UrlParts(null, null, database, parseQuery(question >= 0 ? text.substring(question + 1) : "")));
    }

    private static UrlParts withoutUserInfo(String text) {
        return of(null, text);
    }

    private static UrlParts of(String userInfo, String rest) {
        int question = rest.indexOf('?');
        String location = question >= 0 ? rest.substring(0, question) : rest;
        int slash = location.indexOf('/');
        return checked(new UrlParts(userInfo, slash >= 0 ? location.substring(0, slash) : location,
                slash >= 0 ? location.substring(slash + 1) : null, parseQuery(question >= 0 ? rest.substring(question + 1) : "")));
    }

    private static UrlParts checked(UrlParts parts) {
        boolean strayAt = (parts.hosts != null && parts.hosts.indexOf('@') >= 0)
                || (parts.database != null && parts.database.indexOf('@') >= 0);
        for (Param p : parts.params) {
            strayAt |= p.name.indexOf('@') >= 0
                    || (p.value != null && p.value.indexOf('@') >= 0 && !p.isCredential() && !p.isPassword());
        }
        if (strayAt) {
            throw new ValidationException("url", AT_RULE);
        }
        return parts;
    }

    private static List<Param> parseQuery(String query) {
        List<Param> params = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.add(eq >= 0 ? new Param(pair.substring(0, eq), pair.substring(eq + 1)) : new Param(pair, null));
            }
        }
        return List.copyOf(params);
    }

    /**
     * Checks that every host is present and well formed and every port a number from 1 to 65535, and
     * that the database name holds no {@code /}.
     *
     * @throws ValidationException naming {@code url} and the rule, never the text
     */
    void checkLocation() {
        String problem = hosts == null ? null : hostsProblem(hosts);
        if (problem != null) {
            throw new ValidationException("url", problem);
        }
        if (database != null && database.indexOf('/') >= 0) {
            throw new ValidationException("url", DATABASE_RULE);
        }
    }

    /** @return the rule the comma-separated hosts break, or {@code null} when they are well formed */
    private static String hostsProblem(String hosts) {
        for (String host : hosts.split(",", -1)) {
            int colon = portColon(host);
            String name = colon >= 0 ? host.substring(0, colon) : host;
            if (name.isEmpty()) {
                return NO_HOST_RULE;
            }
            if (!HOST_NAME.matcher(name).matches()) {
                return HOST_RULE;
            }
            if (colon >= 0) {
                String port = host.substring(colon + 1);
                if (!PORT.matcher(port).matches() || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                    return PORT_RULE;
                }
            }
        }
        return null;
    }

    private static boolean hasPort(String hosts) {
        for (String host : hosts.split(",", -1)) {
            if (portColon(host) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return where the {@code :port} of one host starts (after the brackets of an IPv6 address), or -1 */
    private static int portColon(String host) {
        return host.startsWith("[") ? host.indexOf(':', Math.max(host.indexOf(']'), 0)) : host.indexOf(':');
    }

    /**
     * @param replacement the parameters to write instead
     * @return these parts with other parameters and no user information
     */
    UrlParts withParams(List<Param> replacement) {
        return new UrlParts(null, hosts, database, List.copyOf(replacement));
    }

    /** @return these parts with {@code ****} for the user information and the value of every password parameter */
    UrlParts redacted() {
        List<Param> masked = new ArrayList<>();
        for (Param p : params) {
            masked.add(p.isPassword() && p.value != null ? new Param(p.name, "****") : p);
        }
        return new UrlParts(userInfo == null ? null : "****", hosts, database, List.copyOf(masked));
    }

    /** @return the parts written back as the text after the scheme */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (userInfo != null) {
            text.append(userInfo).append('@');
        }
        if (hosts != null) {
            text.append(hosts);
            if (database != null) {
                text.append('/');
            }
        }
        if (database != null) {
            text.append(database);
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach(p -> query.add(p.toString()));
        return text.append(query).toString();
    }
}
