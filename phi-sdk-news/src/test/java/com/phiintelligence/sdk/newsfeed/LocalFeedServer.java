package com.phiintelligence.sdk.newsfeed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that runs an HTTP server on 127.0.0.1 (a free port) for the test class and
 * serves what each test registers: fixture files with the {@code Content-Type} a real server
 * would send, or custom handlers (errors, redirects, slow or endless bodies). It records every
 * request path and its headers.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalFeedServer SERVER = new LocalFeedServer();
 * }</pre>
 */
final class LocalFeedServer implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private HttpServer server;
    private ExecutorService executor;

    /** A request the server received. */
    record RecordedRequest(String method, String path, Headers headers) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-feed-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders()));
        HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
        try (exchange) {
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                handler.handle(exchange);
            }
        }
    }

    /**
     * Serves bytes at a path.
     *
     * @param path        the path, starting with {@code /}
     * @param contentType the {@code Content-Type} header, or {@code null} for none
     * @param body        the body, sent with a {@code Content-Length}
     * @return the URI to fetch it from
     */
    URI serve(String path, String contentType, byte[] body) {
        return handle(path, exchange -> respond(exchange, 200, contentType, body));
    }

    /**
     * Serves a fixture of {@code src/test/resources/feeds}.
     *
     * @param path        the path, starting with {@code /}
     * @param file        the fixture's file name
     * @param contentType the {@code Content-Type} header, or {@code null} for none
     * @return the URI to fetch it from
     */
    URI serveFixture(String path, String file, String contentType) {
        return serve(path, contentType, fixture(file));
    }

    /**
     * @param path    the path, starting with {@code /}
     * @param handler what to answer
     * @return the URI of the path
     */
    URI handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return uri(path);
    }

    /**
     * @param path a path, starting with {@code /}
     * @return its URI on this server
     */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** @return the requests received so far, oldest first */
    List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /**
     * @param file a fixture's file name
     * @return its bytes
     */
    static byte[] fixture(String file) {
        try (InputStream in = LocalFeedServer.class.getResourceAsStream("/feeds/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture feeds/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a complete response.
     *
     * @param exchange    the exchange
     * @param status      the status
     * @param contentType the {@code Content-Type}, or {@code null}
     * @param body        the body
     * @throws IOException when the client went away
     */
    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
