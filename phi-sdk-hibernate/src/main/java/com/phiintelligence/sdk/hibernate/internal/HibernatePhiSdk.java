package com.phiintelligence.sdk.hibernate.internal;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.Repositories;
import com.phiintelligence.sdk.accounts.AdminUserRepository;
import com.phiintelligence.sdk.accounts.UserRepository;
import com.phiintelligence.sdk.blog.BlogPostRepository;
import com.phiintelligence.sdk.careers.JobApplicationRepository;
import com.phiintelligence.sdk.careers.JobRepository;
import com.phiintelligence.sdk.config.DatabaseUrl;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.contacts.ContactRepository;
import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.PhiException;
import com.phiintelligence.sdk.hibernate.internal.accounts.AdminUserEntity;
import com.phiintelligence.sdk.hibernate.internal.accounts.HibernateAdminUserRepository;
import com.phiintelligence.sdk.hibernate.internal.accounts.HibernateUserRepository;
import com.phiintelligence.sdk.hibernate.internal.accounts.UserEntity;
import com.phiintelligence.sdk.hibernate.internal.blog.BlogPostEntity;
import com.phiintelligence.sdk.hibernate.internal.blog.HibernateBlogPostRepository;
import com.phiintelligence.sdk.hibernate.internal.careers.HibernateJobApplicationRepository;
import com.phiintelligence.sdk.hibernate.internal.careers.HibernateJobRepository;
import com.phiintelligence.sdk.hibernate.internal.careers.JobApplicationEntity;
import com.phiintelligence.sdk.hibernate.internal.careers.JobEntity;
import com.phiintelligence.sdk.hibernate.internal.contacts.ContactEntity;
import com.phiintelligence.sdk.hibernate.internal.contacts.HibernateContactRepository;
import com.phiintelligence.sdk.hibernate.internal.news.HibernateNewsArticleRepository;
import com.phiintelligence.sdk.hibernate.internal.news.HibernateNewsFetchLogRepository;
import com.phiintelligence.sdk.hibernate.internal.news.HibernateNewsSourceRepository;
import com.phiintelligence.sdk.hibernate.internal.news.NewsArticleEntity;
import com.phiintelligence.sdk.hibernate.internal.news.NewsFetchLogEntity;
import com.phiintelligence.sdk.hibernate.internal.news.NewsSourceEntity;
import com.phiintelligence.sdk.hibernate.internal.schema.SchemaManager;
import com.phiintelligence.sdk.news.NewsArticleRepository;
import com.phiintelligence.sdk.news.NewsFetchLogRepository;
import com.phiintelligence.sdk.news.NewsSourceRepository;
import com.phiintelligence.sdk.hibernate.internal.voice.HibernateVoiceSessionRepository;
import com.phiintelligence.sdk.hibernate.internal.voice.HibernateVoicebotMetricRepository;
import com.phiintelligence.sdk.hibernate.internal.voice.HibernateVoicebotProfileRepository;
import com.phiintelligence.sdk.hibernate.internal.voice.HibernateVoicebotUsageSummaryRepository;
import com.phiintelligence.sdk.hibernate.internal.voice.VoiceSessionEntity;
import com.phiintelligence.sdk.hibernate.internal.voice.VoicebotMetricEntity;
import com.phiintelligence.sdk.hibernate.internal.voice.VoicebotProfileEntity;
import com.phiintelligence.sdk.hibernate.internal.voice.VoicebotUsageSummaryEntity;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.voice.VoiceSessionRepository;
import com.phiintelligence.sdk.voice.VoicebotMetricRepository;
import com.phiintelligence.sdk.voice.VoicebotProfileRepository;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started SDK: a HikariCP pool, the schema checked or migrated, a Hibernate session factory and
 * one repository per table. Thread-safe.
 */
public final class HibernatePhiSdk implements PhiSdk {
    private static final Logger LOG = LoggerFactory.getLogger(HibernatePhiSdk.class);
    /** The entities, one per platform table. */
    static final List<Class<?>> ENTITIES = List.of(ContactEntity.class,
            NewsSourceEntity.class, NewsArticleEntity.class, NewsFetchLogEntity.class,
            VoicebotProfileEntity.class, VoiceSessionEntity.class, VoicebotMetricEntity.class,
            VoicebotUsageSummaryEntity.class,
            UserEntity.class, AdminUserEntity.class,
            JobEntity.class, JobApplicationEntity.class,
            BlogPostEntity.class);

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final SchemaReport schemaReport;
    private final Database db;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ContactRepository contacts;
    private final NewsSourceRepository newsSources;
    private final NewsArticleRepository newsArticles;
    private final NewsFetchLogRepository newsFetchLogs;
    private final VoicebotProfileRepository voicebotProfiles;
    private final VoiceSessionRepository voiceSessions;
    private final VoicebotMetricRepository voicebotMetrics;
    private final VoicebotUsageSummaryRepository voicebotUsageSummaries;
    private final UserRepository users;
    private final AdminUserRepository adminUsers;
    private final JobRepository jobs;
    private final JobApplicationRepository jobApplications;
    private final BlogPostRepository blogPosts;

    private HibernatePhiSdk(HikariDataSource dataSource, SessionFactory sessionFactory, SchemaReport schemaReport,
                            Database db) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.schemaReport = schemaReport;
        this.db = db;
        this.contacts = new HibernateContactRepository(db);
        this.newsSources = new HibernateNewsSourceRepository(db);
        this.newsArticles = new HibernateNewsArticleRepository(db);
        this.newsFetchLogs = new HibernateNewsFetchLogRepository(db);
        this.voicebotProfiles = new HibernateVoicebotProfileRepository(db);
        this.voiceSessions = new HibernateVoiceSessionRepository(db);
        this.voicebotMetrics = new HibernateVoicebotMetricRepository(db);
        this.voicebotUsageSummaries = new HibernateVoicebotUsageSummaryRepository(db);
        this.users = new HibernateUserRepository(db);
        this.adminUsers = new HibernateAdminUserRepository(db);
        this.jobs = new HibernateJobRepository(db);
        this.jobApplications = new HibernateJobApplicationRepository(db);
        this.blogPosts = new HibernateBlogPostRepository(db);
    }

    /**
     * Opens the pool, applies the schema and builds the session factory; undoes what it opened when
     * a step fails.
     *
     * @param config the configuration
     * @return the started SDK
     */
    public static HibernatePhiSdk start(PhiConfig config) {
        Objects.requireNonNull(config, "config");
        SchemaReport report;
        // The schema work needs up to three connections at once (an advisory lock and Flyway's two);
        // a pool of its own keeps that off the application's pool, whatever its size.
        try (HikariDataSource schemaPool = openPool(config, "phi-sdk-schema", 4, true)) {
            SchemaManager schema = new SchemaManager(schemaPool, config.sdkSchema());
            report = config.migrateOnStart() ? schema.apply() : schema.inspect();
        }
        HikariDataSource dataSource = openPool(config, "phi-sdk", config.poolSize(), false);
        try {
            SessionFactory sessionFactory = buildSessionFactory(dataSource);
            Database db = new Database(sessionFactory, config.sdkSchema(), Clock.systemUTC());
            LOG.info("PHI SDK started on {} (schema {}, version {}, {} harmless difference(s))",
                    DatabaseUrl.redact(config.jdbcUrl()), report.outcome(), report.version(), report.differences().size());
            return new HibernatePhiSdk(dataSource, sessionFactory, report, db);
        } catch (RuntimeException e) {
            dataSource.close();
            throw ErrorMapper.map(e);
        }
    }

    private static HikariDataSource openPool(PhiConfig config, String name, int size, boolean autoCommit) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setDataSource(new PgDataSource(config));
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(Math.min(2, size));
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setAutoCommit(autoCommit);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            // A DataAccessException like any other database failure, so that isTransient() tells a
            // refused or dropped connection (worth a retry) from a refused password (not).
            PhiException mapped = ErrorMapper.map(e);
            String sqlState = mapped instanceof DataAccessException d ? d.sqlState() : null;
            boolean transientFailure = mapped instanceof DataAccessException d && d.isTransient();
            throw new DataAccessException("Could not connect to " + DatabaseUrl.redact(config.jdbcUrl())
                    + (config.username() == null ? "" : " as " + config.username()) + ": " + rootMessage(e),
                    sqlState, transientFailure, mapped);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // An unknown host's message is the bare host name.
        return root instanceof java.net.UnknownHostException ? "unknown host " + root.getMessage() : root.getMessage();
    }


    private static SessionFactory buildSessionFactory(HikariDataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DEFAULT_SCHEMA, "public")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                // java.time values go to pgjdbc as they are, not through java.sql.Timestamp in the
                // JVM's zone, which would move a UTC wall-clock time that falls into a daylight-saving
                // gap of that zone by an hour.
                .applySetting(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true)
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategySnakeCaseImpl())
                .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, new JacksonJsonFormatMapper(JsonCodec.mapper()))
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                // Every database error reaches the caller as a PhiException with its SQLState: the
                // caller decides whether it is worth a log line (a taken key the caller expects is not).
                .applySetting(AvailableSettings.LOG_JDBC_ERRORS, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this PhiSdk is closed");
        }
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        Objects.requireNonNull(work, "work");
        ensureOpen();
        return db.inTransaction(() -> work.apply(this));
    }

    @Override
    public SchemaReport schemaReport() {
        return schemaReport;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public NewsSourceRepository newsSources() {
        return newsSources;
    }

    @Override
    public NewsArticleRepository newsArticles() {
        return newsArticles;
    }

    @Override
    public NewsFetchLogRepository newsFetchLogs() {
        return newsFetchLogs;
    }

    @Override
    public VoicebotProfileRepository voicebotProfiles() {
        return voicebotProfiles;
    }

    @Override
    public VoiceSessionRepository voiceSessions() {
        return voiceSessions;
    }

    @Override
    public VoicebotMetricRepository voicebotMetrics() {
        return voicebotMetrics;
    }

    @Override
    public VoicebotUsageSummaryRepository voicebotUsageSummaries() {
        return voicebotUsageSummaries;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public AdminUserRepository adminUsers() {
        return adminUsers;
    }

    @Override
    public JobRepository jobs() {
        return jobs;
    }

    @Override
    public JobApplicationRepository jobApplications() {
        return jobApplications;
    }

    @Override
    public BlogPostRepository blogPosts() {
        return blogPosts;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            db.close();
            try {
                sessionFactory.close();
            } finally {
                dataSource.close();
            }
        }
    }

    @Override
    public String toString() {
        return "PhiSdk[" + DatabaseUrl.redact(dataSource.getJdbcUrl()) + ", schema " + schemaReport.outcome() + "]";
    }
}
