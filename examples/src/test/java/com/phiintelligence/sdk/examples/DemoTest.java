package com.phiintelligence.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.SourceStatus;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTest {
    private static final Pattern LOG_LINE = Pattern.compile(
            "^  Demo feed: (\\S+) +(success|partial|failed) +(\\d+) +(\\d+) +(\\d+) *([^\\n]*)$", Pattern.MULTILINE);

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Demo.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), null);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out).isZero();
        return out;
    }

    @Test
    void aggregatesEveryBundledFeedAndStoresNoDuplicateOnTheSecondRun() {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        String url = urlWithCredentials(db);

        String first = run("--database-url", url);
        assertThat(first).contains("Schema: CREATED");
        List<String[]> lines = logLines(first);
        assertThat(lines).hasSize(28);
        for (String[] line : lines) {
            assertThat(Integer.parseInt(line[3]) > 0 || !line[5].isBlank())
                    .as("feed %s yields articles or a logged reason", line[0]).isTrue();
        }
        assertThat(lines).filteredOn(line -> line[0].equals("arxiv-cs-rss2-empty-weekend"))
                .singleElement().satisfies(line -> assertThat(line[5]).isEqualTo("the feed lists no items"));
        assertThat(first)
                .containsPattern("(?m)^  karpathy-hn-blogs\\.opml +92 feeds in 1 folder; not fetched: they are on the internet")
                .containsPattern("(?m)^  turing-ai-rss-feeds\\.opml +12 feeds in 0 folders; not fetched: they are on the internet");
        assertThat(first).contains("Administrator demo-admin (super_admin) signs in");
        assertThat(first).contains("0 feeds failed").contains("voicebot_usage_summaries");

        String second = run("--database-url", url);
        assertThat(second).contains("Schema: MIGRATED").contains("This run: 0 new articles");
        assertThat(logLines(second)).allSatisfy(line -> {
            assertThat(line[3]).isEqualTo("0");
            assertThat(line[5]).isIn("every item is already stored", "the feed lists no items");
        });
        assertThat(count(second, "admin_users")).isEqualTo(1);
        assertThat(count(second, "users")).isEqualTo(1);
        assertThat(count(second, "news_articles")).isEqualTo(count(first, "news_articles"));
        assertThat(count(second, "news_sources")).isEqualTo(28);
        assertThat(count(second, "news_fetch_logs")).isEqualTo(56);
        try (PhiSdk phi = PhiSdk.create(db.configBuilder().poolSize(1).build())) {
            assertThat(phi.newsSources().query().list()).hasSize(28)
                    .allSatisfy(source -> assertThat(source.status()).isEqualTo(SourceStatus.INACTIVE));
        }
    }

    @Test
    void demosRunningTogetherOnOneDatabaseShareTheirSources() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        String url = urlWithCredentials(db);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> run("--database-url", url)));
            }
            for (Future<String> r : runs) {
                assertThat(count(r.get(120, TimeUnit.SECONDS), "news_sources")).isEqualTo(28);
            }
        } finally {
            pool.shutdownNow();
        }
        try (PhiSdk phi = PhiSdk.create(db.configBuilder().poolSize(1).build())) {
            assertThat(phi.newsSources().query().list()).hasSize(28).extracting(NewsSource::name).doesNotHaveDuplicates();
            assertThat(phi.adminUsers().query().count()).isEqualTo(1);
        }
    }

    @Test
    void badUsageAndAnUnreachableDatabaseAreReportedWithTheirExitStatus() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(Demo.run(new String[] {"--database-url"}, new PrintStream(bytes, true, StandardCharsets.UTF_8), null))
                .isEqualTo(2);
        assertThat(Demo.run(new String[] {"--bogus"}, new PrintStream(bytes, true, StandardCharsets.UTF_8), null))
                .isEqualTo(2);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        bytes.reset();
        int status = Demo.run(new String[] {"--database-url", "postgresql://u:secret-pw@127.0.0.1:" + closedPort + "/x"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), null);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(out).contains("FAILED: Could not connect").doesNotContain("secret-pw");
    }

    private static String urlWithCredentials(ConnectionInfo db) {
        return db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "user=" + encode(db.username())
                + (db.password() == null ? "" : "&password=" + encode(db.password()));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String[]> logLines(String out) {
        Matcher m = LOG_LINE.matcher(out);
        List<String[]> lines = new java.util.ArrayList<>();
        while (m.find()) {
            lines.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)});
        }
        return lines;
    }

    private static long count(String out, String table) {
        Matcher m = Pattern.compile("^  " + table + "\\s+(\\d+)$", Pattern.MULTILINE).matcher(out);
        assertThat(m.find()).as("row count of %s in the report", table).isTrue();
        return Long.parseLong(m.group(1));
    }
}
