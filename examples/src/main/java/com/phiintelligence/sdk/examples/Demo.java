package com.phiintelligence.sdk.examples;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.Repository;
import com.phiintelligence.sdk.accounts.AdminRole;
import com.phiintelligence.sdk.accounts.NewAdminUser;
import com.phiintelligence.sdk.accounts.NewUser;
import com.phiintelligence.sdk.blog.BlogPost;
import com.phiintelligence.sdk.blog.NewBlogPost;
import com.phiintelligence.sdk.careers.Education;
import com.phiintelligence.sdk.careers.Experience;
import com.phiintelligence.sdk.careers.Job;
import com.phiintelligence.sdk.careers.NewJob;
import com.phiintelligence.sdk.careers.NewJobApplication;
import com.phiintelligence.sdk.careers.PersonalInfo;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.contacts.Contact;
import com.phiintelligence.sdk.contacts.ContactService;
import com.phiintelligence.sdk.contacts.NewContact;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.PhiException;
import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.NewNewsSource;
import com.phiintelligence.sdk.news.NewsFetchLog;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.news.SourceStatus;
import com.phiintelligence.sdk.news.SourceType;
import com.phiintelligence.sdk.newsfeed.FeedFetcher;
import com.phiintelligence.sdk.newsfeed.FetchReport;
import com.phiintelligence.sdk.newsfeed.NewsAggregator;
import com.phiintelligence.sdk.newsfeed.OpmlOutline;
import com.phiintelligence.sdk.newsfeed.OpmlReader;
import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoiceSession;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.SessionStatus;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotUsageSummary;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PHI SDK demo. With no arguments it starts an embedded PostgreSQL 17; with
 * {@code --database-url URL} (or the environment variable {@code PHI_DATABASE_URL}), JDBC or libpq
 * form, it adopts that database instead. Then it serves the real feeds bundled with it from a local
 * HTTP server, registers one news source per feed, aggregates them, writes a lead, a job with
 * applications, a blog post and a voicebot with sessions and metrics, and prints a report read back
 * through the SDK. Run twice on one database, the second run stores no duplicate article. Its news
 * sources are left inactive, since their local URLs end with the run.
 */
public final class Demo {
    static final String SOURCE_PREFIX = "Demo feed: ";

    private final PrintStream out;

    private Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * @param args {@code [--database-url URL]}
     */
    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging, which would pick java.util.logging here; route it to SLF4J.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(args, System.out, System.getenv("PHI_DATABASE_URL")));
    }

    /**
     * Runs the demo.
     *
     * @param args       the command line
     * @param out        where the report goes
     * @param envUrl     the value of {@code PHI_DATABASE_URL}, or null
     * @return the exit status: 0 done, 1 failed, 2 bad usage
     */
    static int run(String[] args, PrintStream out, String envUrl) {
        String url = envUrl == null || envUrl.isBlank() ? null : envUrl;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--database-url" -> {
                    if (i + 1 >= args.length) {
                        out.println("--database-url needs a URL");
                        return usage(out);
                    }
                    url = args[++i];
                }
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    out.println("Unknown argument: " + args[i]);
                    return usage(out);
                }
            }
        }
        try {
            if (url != null) {
                new Demo(out).runOn(PhiConfig.builder().url(url).poolSize(4).build(), "the database you gave");
                return 0;
            }
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                String version;
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    version = c.getMetaData().getDatabaseProductVersion();
                }
                new Demo(out).runOn(PhiConfig.builder().url(pg.getJdbcUrl("postgres", "postgres")).poolSize(4).build(),
                        "embedded PostgreSQL " + version + " on port " + pg.getPort());
            }
            return 0;
        } catch (PhiException e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            return 1;
        } catch (IOException | SQLException e) {
            out.println();
            out.println("FAILED to start embedded PostgreSQL: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream out) {
        out.println("usage: java -jar phi-sdk-examples.jar [--database-url URL]");
        out.println("  URL: jdbc:postgresql://host/db or postgresql://user:pass@host/db?sslmode=require");
        out.println("  Without a URL (and without PHI_DATABASE_URL) the demo runs on embedded PostgreSQL.");
        return 2;
    }

    private void runOn(PhiConfig config, String where) {
        out.println("PHI SDK demo on " + where);
        try (PhiSdk phi = PhiSdk.create(config); FeedServer feeds = FeedServer.start()) {
            SchemaReport schema = phi.schemaReport();
            out.println("Schema: " + schema.outcome() + " (version " + schema.version() + ")");
            for (SchemaDifference d : schema.differences()) {
                out.println("  tolerated: " + d);
            }

            List<NewsSource> sources = registerSources(phi, feeds);
            out.println();
            out.println("Aggregating " + sources.size() + " feeds served from " + feeds.urlOf(""));
            NewsAggregator aggregator = NewsAggregator.create(phi);
            List<FetchReport> reports = new ArrayList<>();
            for (NewsSource source : sources) {
                reports.add(aggregator.fetch(source));
            }
            writeSampleData(phi);
            report(phi, sources, reports, feeds);
            // The feeds' URLs die with this process: leave nothing for the website's scheduled fetch to try.
            for (NewsSource source : sources) {
                phi.newsSources().update(source.id(), NewsSourceUpdate.builder().status(SourceStatus.INACTIVE).build());
            }
        }
    }

    private static List<NewsSource> registerSources(PhiSdk phi, FeedServer feeds) {
        List<NewsSource> sources = new ArrayList<>();
        for (String file : feeds.feeds()) {
            String name = SOURCE_PREFIX + file.substring(0, file.lastIndexOf('.'));
            String feedUrl = feeds.urlOf(file).toString();
            // One row per name, even when demos start together on one database; the local server's
            // port changes between runs, so a source found again gets the new URL.
            NewsSource source = phi.newsSources().findOrCreate(NewNewsSource.builder().name(name).type(typeOf(file))
                    .url(feedUrl).rssUrl(feedUrl).build());
            sources.add(phi.newsSources().update(source.id(), NewsSourceUpdate.builder().rssUrl(feedUrl).url(feedUrl)
                    .status(SourceStatus.ACTIVE).build()));
        }
        return sources;
    }

    private static SourceType typeOf(String file) {
        if (file.startsWith("arxiv")) {
            return SourceType.RESEARCH;
        }
        if (file.startsWith("deepmind") || file.startsWith("openai") || file.startsWith("huggingface")
                || file.startsWith("aws") || file.startsWith("google")) {
            return SourceType.INDUSTRY;
        }
        return SourceType.TECH_NEWS;
    }

    private static void writeSampleData(PhiSdk phi) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // Accounts are unique by username: another run on the same database, earlier or at the same
        // time, may have made them already.
        try {
            phi.adminUsers().create(NewAdminUser.builder().username("demo-admin").email("admin@example.com")
                    .password("correct horse battery staple").role(AdminRole.SUPER_ADMIN).build());
        } catch (ConflictException alreadyThere) {
            // kept as it is
        }
        try {
            phi.users().create(NewUser.builder().username("demo-user").password("another demo password").build());
        } catch (ConflictException alreadyThere) {
            // kept as it is
        }
        phi.contacts().create(NewContact.builder().name("Ada Lovelace").email("ada@example.com")
                .company("Analytical Engines Ltd").service(ContactService.VOICE_AGENTS)
                .message("We would like a voice agent for our support line.").build());
        phi.contacts().create(NewContact.builder().name("Alan Turing").email("alan@example.com")
                .service(ContactService.AI_CONSULTING).message("Can machines think? Let us talk.").build());

        phi.useTransaction(tx -> {
            Job job = tx.jobs().create(NewJob.builder().title("Senior Java Engineer").location("Remote")
                    .type("Full Time").description("Build the PHI SDK.")
                    .requirements(List.of("Java 17", "PostgreSQL", "Hibernate")).build());
            for (String first : List.of("Grace", "Edsger")) {
                tx.jobApplications().create(NewJobApplication.builder().jobId(job.id())
                        .personalInfo(PersonalInfo.builder().firstName(first).lastName("Example")
                                .email(first.toLowerCase(Locale.ROOT) + "@example.com").location("Earth").build())
                        .experience(List.of(Experience.builder().company("ACME").title("Engineer")
                                .startDate("2019-01").current(true).description("Databases").build()))
                        .education(List.of(Education.builder().institution("University").degree("MSc")
                                .field("Computer Science").graduationYear("2018").build()))
                        .skills(List.of("Java", "SQL"))
                        .coverLetter("I would love to build the SDK.")
                        .build());
            }
        });

        phi.blogPosts().create(NewBlogPost.builder().title("Hello from the PHI SDK")
                .excerpt("The Java SDK of the PHI platform.")
                .content("The PHI SDK reads and writes the platform database from any JVM service. ".repeat(60))
                .author("PHI SDK engineers").tags(List.of("java", "sdk")).build());

        VoicebotProfile bot = phi.voicebotProfiles().create(NewVoicebotProfile.builder()
                .companyName("PHI Intelligence").description("Front desk voicebot")
                .configuration(Json.of(Map.of("voice", "alloy", "language", "en-US"))).build());
        for (int s = 0; s < 2; s++) {
            Instant start = now.minus(Duration.ofMinutes(30L - s * 10L));
            VoiceSession session = phi.voiceSessions().create(NewVoiceSession.builder()
                    .voicebotId(bot.voicebotId()).companyName(bot.companyName()).workerId("worker-" + s)
                    .startTime(start).build());
            for (ActionType action : List.of(ActionType.STT, ActionType.LLM, ActionType.TTS)) {
                phi.voicebotMetrics().record(NewVoicebotMetric.builder().voicebotId(bot.voicebotId())
                        .sessionId(session.sessionId()).actionType(action).success(true)
                        .responseTimeMs(action == ActionType.LLM ? 820 : 140)
                        .tokensUsed(action == ActionType.LLM ? 512 : 0)
                        .costUsd(new BigDecimal(action == ActionType.LLM ? "0.001536" : "0.000120")).build());
            }
            phi.voiceSessions().end(session.sessionId(), start.plus(Duration.ofSeconds(95, 250_000_000)),
                    SessionStatus.COMPLETED);
        }
    }

    private void report(PhiSdk phi, List<NewsSource> sources, List<FetchReport> reports, FeedServer feeds) {
        out.println();
        out.println("Fetch log (read back from news_fetch_logs):");
        out.printf("  %-56s %-8s %6s %6s %7s  %s%n", "source", "status", "found", "new", "ms", "reason");
        for (NewsSource source : sources) {
            NewsFetchLog log = phi.newsFetchLogs().query().sourceId(source.id()).first().orElseThrow();
            out.printf("  %-56s %-8s %6d %6d %7d  %s%n", source.name(), log.status(), log.articlesFound(),
                    log.articlesProcessed(), log.fetchDurationMillis(), reason(log));
        }

        out.println();
        out.println("Articles per source (all runs):");
        Map<String, Long> bySource = phi.newsArticles().countBySource();
        for (NewsSource source : sources) {
            out.printf("  %-56s %6d%n", source.name(), bySource.getOrDefault(source.id(), 0L));
        }

        out.println();
        out.println("Articles per category:");
        Map<ArticleCategory, Long> byCategory = phi.newsArticles().countByCategory();
        byCategory.forEach((category, n) -> out.printf("  %-12s %6d%n", category == null ? "(none)" : category, n));
        reportSubscriptionLists(feeds);

        int newArticles = reports.stream().mapToInt(FetchReport::stored).sum();
        int duplicates = reports.stream().mapToInt(FetchReport::duplicates).sum();
        out.println();
        out.println("This run: " + newArticles + " new articles, " + duplicates + " already stored, "
                + reports.stream().filter(r -> r.status().code().equals("failed")).count() + " feeds failed");

        VoicebotUsageSummary usage = phi.voicebotUsageSummaries().query().list().stream().findFirst().orElse(null);
        if (usage != null) {
            out.println("Voicebot usage: " + usage.totalActions() + " actions, " + usage.totalTokensUsed()
                    + " tokens, USD " + usage.totalCostUsd().toPlainString());
        }
        BlogPost post = phi.blogPosts().query().first().orElseThrow();
        Contact lead = phi.contacts().query().first().orElseThrow();
        out.println("Newest blog post: \"" + post.title() + "\" (" + post.slug() + ", " + post.readTime() + ")");
        out.println("Newest lead: " + lead.name() + " <" + lead.email() + ">, " + lead.status());
        phi.adminUsers().authenticate("demo-admin", "correct horse battery staple").ifPresentOrElse(
                admin -> out.println("Administrator " + admin.username() + " (" + admin.role()
                        + ") signs in with a bcrypt-hashed password"),
                () -> out.println("Administrator demo-admin does not sign in: the database holds another account"
                        + " with that username or e-mail"));

        out.println();
        out.println("Rows per table:");
        Map<String, Repository<?, ?, ?, ?, ?>> tables = new LinkedHashMap<>();
        tables.put("users", phi.users());
        tables.put("admin_users", phi.adminUsers());
        tables.put("contacts", phi.contacts());
        tables.put("jobs", phi.jobs());
        tables.put("job_applications", phi.jobApplications());
        tables.put("blog_posts", phi.blogPosts());
        tables.put("news_sources", phi.newsSources());
        tables.put("news_articles", phi.newsArticles());
        tables.put("news_fetch_logs", phi.newsFetchLogs());
        tables.put("voicebot_profiles", phi.voicebotProfiles());
        tables.put("voice_sessions", phi.voiceSessions());
        tables.put("voicebot_metrics", phi.voicebotMetrics());
        tables.put("voicebot_usage_summaries", phi.voicebotUsageSummaries());
        tables.forEach((table, repository) -> out.printf("  %-26s %6d%n", table, repository.query().count()));
    }

    /**
     * Reads the bundled OPML subscription lists over HTTP, as an import would, and says why their
     * feeds are neither registered nor fetched: they are on the internet, which the demo does not
     * need, and sources that could never be fetched would only add failed rows to the database.
     */
    private void reportSubscriptionLists(FeedServer feeds) {
        out.println();
        out.println("Subscription lists (OPML), read but not aggregated:");
        FeedFetcher fetcher = FeedFetcher.create();
        OpmlReader reader = OpmlReader.create();
        for (String file : feeds.subscriptionLists()) {
            String summary;
            try {
                List<OpmlOutline> outlines = reader.read(fetcher.fetch(feeds.urlOf(file)).body());
                long folders = outlines.stream().map(OpmlOutline::folders).filter(f -> !f.isEmpty()).distinct().count();
                summary = outlines.size() + " feeds in " + folders + " folder" + (folders == 1 ? "" : "s")
                        + "; not fetched: they are on the internet (" + host(outlines) + ", ...), which the demo does not reach";
            } catch (PhiException e) {
                summary = "unreadable: " + oneLine(e.getMessage());
            }
            out.printf("  %-30s %s%n", file, summary);
        }
    }

    private static String host(List<OpmlOutline> outlines) {
        if (outlines.isEmpty()) {
            return "no feed";
        }
        String url = outlines.get(0).xmlUrl();
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null ? host : url;
        } catch (IllegalArgumentException notAUri) {
            return url;
        }
    }

    /** Why a fetch stored no new article, or what went wrong; empty when it stored some and nothing failed. */
    static String reason(NewsFetchLog log) {
        if (log.errorMessage() != null) {
            return oneLine(log.errorMessage());
        }
        if (log.articlesFound() == 0) {
            return "the feed lists no items";
        }
        if (log.articlesProcessed() == 0) {
            return "every item is already stored";
        }
        return "";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 110 ? line : line.substring(0, 109) + "…";
    }
}
