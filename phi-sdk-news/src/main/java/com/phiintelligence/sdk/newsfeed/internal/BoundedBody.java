package com.phiintelligence.sdk.newsfeed.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * An HTTP body handler that keeps at most a given number of bytes: a body announced or found to be
 * larger fails with {@link TooLargeException} and the connection stops being read. Bodies of
 * non-2xx responses are discarded, not kept.
 *
 * <p>Internal: not part of the supported API. Thread-safe; each response gets its own subscriber.
 */
public final class BoundedBody {
    private BoundedBody() {
    }

    /** The body exceeded the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * @param limit the limit in bytes
         */
        public TooLargeException(long limit) {
            super("body is larger than the limit of " + limit + " bytes");
        }
    }

    /**
     * @param maxBytes the most bytes to keep
     * @return a handler that keeps the body of a 2xx response, up to {@code maxBytes}
     */
    public static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
        return info -> {
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            // The limit holds for the bytes on the wire and again after decompression, so an
            // announced length over it fails before a byte is read.
            OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
            return new Collector(maxBytes, declared.isPresent() && declared.getAsLong() > maxBytes);
        };
    }

    /**
     * Decompresses a gzip body, keeping at most {@code maxBytes} of the result.
     *
     * @param gzipped  the compressed body
     * @param maxBytes the most bytes to keep
     * @return the decompressed bytes
     * @throws IOException when the data is not gzip, or {@link TooLargeException} when the result is
     *                     larger than {@code maxBytes}
     */
    public static byte[] gunzip(byte[] gzipped, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, gzipped.length * 4));
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static final class Collector implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long maxBytes;
        private final boolean tooLargeAlready;
        private Flow.Subscription subscription;
        private long received;

        Collector(long maxBytes, boolean tooLargeAlready) {
            this.maxBytes = maxBytes;
            this.tooLargeAlready = tooLargeAlready;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (tooLargeAlready) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException(maxBytes));
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
                if (received > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(maxBytes));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
