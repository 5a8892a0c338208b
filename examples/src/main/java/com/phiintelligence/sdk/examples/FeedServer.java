package com.phiintelligence.sdk.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Serves the demo's feed files and OPML subscription lists (copies of real ones, in the resources
 * under {@code feeds/}) from an HTTP server on 127.0.0.1, with the Content-Type a real server sends
 * for each: the demo fetches them over HTTP as it would fetch the real sites.
 */
final class FeedServer implements AutoCloseable {
    private static final String ROOT = "/feeds/";

    private final HttpServer server;
    private final Map<String, String> contentTypes;

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FeedServer.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("feeds/" + name + " is missing from the class path");
            }
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private FeedServer(HttpServer server, Map<String, String> contentTypes) {
        this.server = server;
        this.contentTypes = contentTypes;
    }

    /**
     * Starts the server on a free port of 127.0.0.1.
     *
     * @return the running server
     */
    static FeedServer start() {
        Map<String, String> types = new TreeMap<>();
        try {
            Properties index = load("index.properties");
            Properties origins = load("origins.properties");
            index.stringPropertyNames().forEach(name -> types.put(name, index.getProperty(name)));
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext(ROOT, exchange -> {
                String name = exchange.getRequestURI().getPath().substring(ROOT.length());
                String type = types.get(name);
                try (InputStream body = type == null ? null : FeedServer.class.getResourceAsStream(ROOT + name)) {
                    if (body == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] bytes = body.readAllBytes();
                    exchange.getResponseHeaders().set("Content-Type", type);
                    String origin = origins.getProperty(name);
                    if (origin != null) {
                        exchange.getResponseHeaders().set("Content-Location", origin);
                    }
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                } finally {
                    exchange.close();
                }
            });
            http.start();
            return new FeedServer(http, types);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local feed server", e);
        }
    }

    /** @return the names of the feed files served, in order */
    List<String> feeds() {
        return files(false);
    }

    /** @return the names of the OPML subscription lists served, in order */
    List<String> subscriptionLists() {
        return files(true);
    }

    private List<String> files(boolean opml) {
        List<String> names = new ArrayList<>();
        for (String name : contentTypes.keySet()) {
            if (name.endsWith(".opml") == opml) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * @param name a file name
     * @return its URL on this server
     */
    URI urlOf(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ROOT + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
