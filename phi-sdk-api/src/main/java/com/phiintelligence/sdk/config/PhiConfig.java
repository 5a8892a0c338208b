package com.phiintelligence.sdk.config;

import com.phiintelligence.sdk.error.ValidationException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the SDK connects to the platform database. Built with {@link #builder()}, checked as a whole
 * by {@link Builder#build()}, then immutable and thread-safe. {@link #toString()} never shows the
 * password.
 *
 * <p>The setters of the {@link Builder} never throw, {@code null} included: {@link Builder#build()}
 * checks every setting and throws a {@link ValidationException} naming the first property that breaks
 * a rule ({@code null} for {@code url}, {@code sdkSchema} or {@code connectionTimeout} breaks
 * {@code must be given}). The URL's rules are those of {@link DatabaseUrl}; no message quotes its user
 * information (the text before its {@code @}) or a password, and {@link #toString()} shows the user name
 * only as the user.
 *
 * <p>Defaults: pool size 10, migrate on start, SDK schema {@code phi_sdk}, connection timeout
 * 30 seconds.
 */
public final class PhiConfig {
    /** The schema that holds the SDK's own state unless configured otherwise. */
    public static final String DEFAULT_SDK_SCHEMA = "phi_sdk";
    private static final Duration MAX_CONNECTION_TIMEOUT = Duration.ofHours(24);
    /**
     * The words PostgreSQL reserves outright or for types and functions ({@code pg_get_keywords()},
     * categories R and T, PostgreSQL 15 to 17): the SDK writes its schema's name into SQL unquoted,
     * where these would not parse.
     */
    private static final Set<String> RESERVED_WORDS = Set.of(("all analyse analyze and any array as asc asymmetric"
            + " authorization binary both case cast check collate collation column concurrently constraint create cross"
            + " current_catalog current_date current_role current_schema current_time current_timestamp current_user"
            + " default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group"
            + " having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime"
            + " localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references"
            + " returning right select session_user similar some symmetric system_user table tablesample then to trailing"
            + " true union unique user using variadic verbose when where window with").split(" "));
    private static final String MUST_BE_GIVEN = "must be given";
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final Map<String, String> secretParameters;
    private final int poolSize;
    private final boolean migrateOnStart;
    private final String sdkSchema;
    private final Duration connectionTimeout;

    private PhiConfig(Builder b, DatabaseUrl url) {
        this.jdbcUrl = url.jdbcUrl();
        this.username = b.username != null ? b.username : url.username();
        this.password = b.password != null ? b.password : url.password();
        this.secretParameters = url.secretParameters();
        this.poolSize = b.poolSize;
        this.migrateOnStart = b.migrateOnStart;
        this.sdkSchema = b.sdkSchema;
        this.connectionTimeout = b.connectionTimeout;
    }

    /** @return a builder with the defaults set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A configuration for the given URL (JDBC or libpq form) and all defaults.
     *
     * @param url the database URL; {@code null} breaks the rule {@code must be given}
     * @return the configuration
     * @throws ValidationException naming {@code url} when it is missing or malformed
     */
    public static PhiConfig of(String url) {
        return builder().url(url).build();
    }

    /**
     * @return the pgjdbc URL, without user information, {@code user}, {@code password} or any other
     *         secret parameter ({@link #secretParameters()}): safe for the logs of drivers and pools
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * @return the URL's secret parameters other than the password, such as {@code sslpassword}, for
     *         the driver's connection properties; empty when there are none; never log them
     */
    public Map<String, String> secretParameters() {
        return secretParameters;
    }

    /** @return the database user, or {@code null} to let the driver decide */
    public String username() {
        return username;
    }

    /** @return the password, or {@code null}; never log it */
    public String password() {
        return password;
    }

    /** @return the maximum number of pooled connections */
    public int poolSize() {
        return poolSize;
    }

    /** @return whether the SDK creates, adopts or migrates the schema when it starts */
    public boolean migrateOnStart() {
        return migrateOnStart;
    }

    /** @return the schema that holds the SDK's own state (migration history, sequences) */
    public String sdkSchema() {
        return sdkSchema;
    }

    /** @return how long to wait for a connection from the pool or the server */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    @Override
    public String toString() {
        return "PhiConfig[url=" + DatabaseUrl.redact(jdbcUrl) + ", user=" + username + ", password=" + (password == null ? "null" : "****")
                + ", poolSize=" + poolSize + ", migrateOnStart=" + migrateOnStart + ", sdkSchema=" + sdkSchema
                + ", connectionTimeout=" + connectionTimeout + "]";
    }

    /**
     * Collects the settings; not thread-safe. Its setters accept any value, {@code null} included, and
     * {@link #build()} checks them all.
     */
    public static final class Builder {
        private String url;
        private String username;
        private String password;
        private int poolSize = 10;
        private boolean migrateOnStart = true;
        private String sdkSchema = DEFAULT_SDK_SCHEMA;
        private Duration connectionTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * @param url a JDBC URL or a libpq URL such as Neon prints (see {@link DatabaseUrl} for the rules);
         *            credentials in the URL are used unless {@link #username(String)} or
         *            {@link #password(String)} override them; required
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param username the database user, or {@code null} (the default) for the user of the URL, if any
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * @param password the database password, or {@code null} (the default) for the password of the
         *                 URL, if any
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * @param poolSize the maximum number of pooled connections, 1 to 1000
         * @return this builder
         */
        public Builder poolSize(int poolSize) {
            this.poolSize = poolSize;
            return this;
        }

        /**
         * @param migrateOnStart whether to create, adopt or migrate the schema at start
         * @return this builder
         */
        public Builder migrateOnStart(boolean migrateOnStart) {
            this.migrateOnStart = migrateOnStart;
            return this;
        }

        /**
         * @param sdkSchema the schema for the SDK's own state: lower-case letters, digits and
         *                  underscores, at most 63; not {@code public}, {@code information_schema} or a
         *                  name that starts with {@code pg_} (PostgreSQL reserves those), nor an SQL
         *                  reserved word such as {@code user}; required
         * @return this builder
         */
        public Builder sdkSchema(String sdkSchema) {
            this.sdkSchema = sdkSchema;
            return this;
        }

        /**
         * @param connectionTimeout how long to wait for a connection, 250 ms to 24 hours; required
         * @return this builder
         */
        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
            return this;
        }

        /**
         * Checks every setting and freezes them.
         *
         * @return the configuration
         * @throws ValidationException naming the first property that is missing or wrong: {@code url},
         *                             {@code poolSize}, {@code sdkSchema}, then {@code connectionTimeout}
         */
        public PhiConfig build() {
            if (url == null || url.isBlank()) {
                throw new ValidationException("url", MUST_BE_GIVEN);
            }
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            if (poolSize < 1 || poolSize > 1000) {
                throw new ValidationException("poolSize", "must be between 1 and 1000");
            }
            if (sdkSchema == null) {
                throw new ValidationException("sdkSchema", MUST_BE_GIVEN);
            }
            if (!IDENTIFIER.matcher(sdkSchema).matches()) {
                throw new ValidationException("sdkSchema",
                        "must be a lower-case identifier (letters, digits, underscores; at most 63)");
            }
            if (sdkSchema.equals("public") || sdkSchema.equals("information_schema") || sdkSchema.startsWith("pg_")) {
                throw new ValidationException("sdkSchema",
                        "must not be public, information_schema or a pg_ schema (PostgreSQL reserves them)");
            }
            if (RESERVED_WORDS.contains(sdkSchema)) {
                throw new ValidationException("sdkSchema", "must not be an SQL reserved word such as user or select");
            }
            if (connectionTimeout == null) {
                throw new ValidationException("connectionTimeout", MUST_BE_GIVEN);
            }
            if (connectionTimeout.compareTo(MAX_CONNECTION_TIMEOUT) > 0) {
                throw new ValidationException("connectionTimeout", "must be at most 24 hours");
            }
            // compareTo, not toMillis(): build() must not throw an ArithmeticException for a huge duration
            if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
                throw new ValidationException("connectionTimeout", "must be at least 250 ms");
            }
            return new PhiConfig(this, parsed);
        }
    }
}
