package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.newsfeed.FeedFetchException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FeedFetcherTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private static final byte[] FEED = LocalFeedServer.fixture("hackernews-frontpage-rss2.xml");

    private final FeedFetcher fetcher = FeedFetcher.create();

    @Test
    void returnsBodyFinalUriAndContentType() {
        URI uri = SERVER.serve("/hn.xml", "application/rss+xml; charset=utf-8", FEED);

        FetchedFeed fetched = fetcher.fetch(uri);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.bodyLength()).isEqualTo(FEED.length);
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.requestedUri()).isEqualTo(uri);
        assertThat(fetched.finalUri()).isEqualTo(uri);
        assertThat(fetched.elapsed()).isPositive();
    }

    @Test
    void sendsUserAgentAcceptAndAcceptEncoding() {
        URI uri = SERVER.serve("/headers.xml", "application/rss+xml", FEED);
        FeedFetcher custom = FeedFetcher.builder().userAgent("PhiTest/2.0 (+https://example.com)").build();

        custom.fetch(uri);

        LocalFeedServer.RecordedRequest request = SERVER.requests().stream()
                .filter(r -> r.path().equals("/headers.xml")).findFirst().orElseThrow();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.headers().getFirst("User-Agent")).isEqualTo("PhiTest/2.0 (+https://example.com)");
        assertThat(request.headers().getFirst("Accept"))
                .contains("application/rss+xml", "application/atom+xml", "text/xml", "application/feed+json");
        assertThat(request.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void defaultUserAgentNamesTheFetcher() {
        URI uri = SERVER.serve("/default-ua.xml", "application/rss+xml", FEED);

        fetcher.fetch(uri);

        assertThat(SERVER.requests().stream().filter(r -> r.path().equals("/default-ua.xml")).findFirst()
                .orElseThrow().headers().getFirst("User-Agent")).isEqualTo(FeedFetcher.DEFAULT_USER_AGENT);
    }

    @Test
    void followsRedirectsAndReportsTheFinalUri() {
        URI target = SERVER.serve("/moved/feed.xml", "application/rss+xml", FEED);
        SERVER.handle("/old-feed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/moved/feed.xml");
            exchange.sendResponseHeaders(301, -1);
        });

        FetchedFeed fetched = fetcher.fetch(SERVER.uri("/old-feed"));

        assertThat(fetched.requestedUri()).isEqualTo(SERVER.uri("/old-feed"));
        assertThat(fetched.finalUri()).isEqualTo(target);
        assertThat(fetched.body()).isEqualTo(FEED);
    }

    @Test
    void notFoundIsAnHttpStatusFailureThatIsNotTransient() {
        URI uri = SERVER.uri("/nothing-here.xml");

        assertThatThrownBy(() -> fetcher.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
                    assertThat(e.statusCode()).hasValue(404);
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.uri()).isEqualTo(uri);
                    assertThat(e).hasMessage("HTTP 404 Not Found from " + uri);
                });
    }

    @Test
    void serverErrorIsAnHttpStatusFailureThatIsTransient() {
        URI uri = SERVER.handle("/broken.xml", exchange -> LocalFeedServer.respond(exchange, 500, "text/html",
                "<html><body>Internal error</body></html>".getBytes(UTF_8)));

        assertThatThrownBy(() -> fetcher.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
                    assertThat(e.statusCode()).hasValue(500);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e).hasMessageContaining("HTTP 500");
                });
    }

    @Test
    void messageLeavesOutTheQueryStringWhichMayHoldAnApiKey() {
        URI uri = URI.create(SERVER.uri("/private.xml") + "?api_key=s3cr3t");

        assertThatThrownBy(() -> fetcher.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("s3cr3t").contains("/private.xml?…");
                    assertThat(e.uri()).isEqualTo(uri);
                });
    }

    @Test
    void serverThatDoesNotAnswerInTimeIsATimeout() {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = SERVER.handle("/slow.xml", exchange -> {
            awaitQuietly(release);
            LocalFeedServer.respond(exchange, 200, "application/rss+xml", FEED);
        });
        FeedFetcher impatient = FeedFetcher.builder().requestTimeout(Duration.ofMillis(300)).build();
        try {
            assertThatThrownBy(() -> impatient.fetch(uri))
                    .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                        assertThat(e.isTransient()).isTrue();
                        assertThat(e.statusCode()).isEmpty();
                        assertThat(e).hasMessageContaining("within 300 ms").hasMessageContaining("/slow.xml");
                    });
        } finally {
            release.countDown();
        }
    }

    @Test
    void bodyThatStallsAfterTheHeadersIsATimeout() {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = SERVER.handle("/stalling.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(FEED, 0, 100);
            out.flush();
            awaitQuietly(release);
        });
        FeedFetcher impatient = FeedFetcher.builder().requestTimeout(Duration.ofMillis(300)).build();
        try {
            assertThatThrownBy(() -> impatient.fetch(uri))
                    .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                        assertThat(e).hasMessageContaining("no complete response within 300 ms");
                    });
        } finally {
            release.countDown();
        }
    }

    @Test
    void interruptingTheCallerEndsTheFetchAndKeepsTheInterruptFlag() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        URI uri = SERVER.handle("/hanging.xml", exchange -> {
            arrived.countDown();
            awaitQuietly(release);
            LocalFeedServer.respond(exchange, 200, "application/rss+xml", FEED);
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                fetcher.fetch(uri);
            } catch (RuntimeException e) {
                thrown.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        try {
            caller.start();
            arrived.await();
            caller.interrupt();
            caller.join();

            assertThat(thrown.get()).isInstanceOfSatisfying(FeedFetchException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.INTERRUPTED);
                assertThat(e.isTransient()).isFalse();
            });
            assertThat(flagKept).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void bodyAnnouncedLargerThanTheLimitIsRefused() {
        URI uri = SERVER.serve("/big.xml", "application/rss+xml", new byte[4096]);
        FeedFetcher small = FeedFetcher.builder().maxBodyBytes(1024).build();

        assertThatThrownBy(() -> small.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e).hasMessage("body from " + uri + " is larger than the limit of 1024 bytes");
                });
    }

    @Test
    void endlessChunkedBodyIsCutOffAtTheLimit() {
        URI uri = SERVER.handle("/endless.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            byte[] chunk = new byte[8192];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) { // bounded, in case the client never hangs up
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at the limit
            }
        });
        FeedFetcher small = FeedFetcher.builder().maxBodyBytes(64 * 1024).build();

        assertThatThrownBy(() -> small.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void gzipBodyIsDecompressed() throws IOException {
        URI uri = SERVER.handle("/gzipped.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalFeedServer.respond(exchange, 200, "application/rss+xml", gzip(FEED));
        });

        FetchedFeed fetched = fetcher.fetch(uri);

        assertThat(fetched.body()).isEqualTo(FEED);
    }

    @Test
    void gzipBodyThatInflatesBeyondTheLimitIsRefused() throws IOException {
        byte[] bomb = gzip(new byte[2 * 1024 * 1024]);
        URI uri = SERVER.handle("/bomb.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalFeedServer.respond(exchange, 200, "application/rss+xml", bomb);
        });
        FeedFetcher small = FeedFetcher.builder().maxBodyBytes(1024 * 1024).build();

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> small.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void refusedConnectionIsANetworkFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/feed.xml");

        assertThatThrownBy(() -> fetcher.fetch(uri))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NETWORK);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e).hasMessageContaining("could not connect to " + uri);
                });
    }

    @Test
    void onlyAbsoluteHttpUrisAreFetched() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("uri"));
        assertThatThrownBy(() -> fetcher.fetch(URI.create("/relative/feed.xml")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fetcher.fetch(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void builderRejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> FeedFetcher.builder().connectTimeout(Duration.ZERO).build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("connectTimeout"));
        assertThatThrownBy(() -> FeedFetcher.builder().requestTimeout(null).build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("requestTimeout"));
        assertThatThrownBy(() -> FeedFetcher.builder().maxBodyBytes(0).build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("maxBodyBytes"));
        assertThatThrownBy(() -> FeedFetcher.builder().userAgent(" ").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("userAgent"));
        assertThatThrownBy(() -> FeedFetcher.builder().userAgent("bad\r\nHeader: injected").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("userAgent"));
    }

    @Test
    void defaultsAreTenAndThirtySecondsAndTenMebibytes() {
        assertThat(fetcher.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fetcher.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fetcher.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void oneFetcherServesManyThreadsAtOnce() throws Exception {
        URI uri = SERVER.serve("/shared.xml", "application/rss+xml", FEED);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FetchedFeed>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> fetcher.fetch(uri)));
            }
            for (Future<FetchedFeed> result : results) {
                assertThat(result.get().body()).isEqualTo(FEED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fetchedBodyCannotBeChangedFromOutside() {
        URI uri = SERVER.serve("/immutable.xml", "application/rss+xml", FEED);
        FetchedFeed fetched = fetcher.fetch(uri);

        fetched.body()[0] = 'X';

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.toString()).contains("/immutable.xml", FEED.length + " bytes");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
