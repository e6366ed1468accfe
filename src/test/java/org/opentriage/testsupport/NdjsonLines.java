package org.opentriage.testsupport;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes NDJSON lines the way Ollama streams them: one at a time, the last one ending the response. */
public final class NdjsonLines {

    private NdjsonLines() {
    }

    /** The first line after {@code firstMs}, then one every {@code everyMs}; stops if the client leaves. */
    public static void write(Vertx vertx, HttpServerResponse response, List<String> lines, long firstMs, long everyMs) {
        write(vertx, response, lines, firstMs, everyMs, () -> {
        });
    }

    /** As above; {@code firstWritten} runs right after the first line is handed to the connection. */
    public static void write(Vertx vertx, HttpServerResponse response, List<String> lines, long firstMs, long everyMs,
                             Runnable firstWritten) {
        response.setChunked(true).putHeader("Content-Type", "application/x-ndjson");
        AtomicInteger next = new AtomicInteger();
        vertx.setPeriodic(Math.max(1, firstMs), Math.max(1, everyMs), timer -> {
            int i = next.getAndIncrement();
            if (response.closed() || i >= lines.size()) {
                vertx.cancelTimer(timer);
                return;
            }
            if (i == lines.size() - 1) {
                response.end(lines.get(i) + "\n");
            } else {
                response.write(lines.get(i) + "\n");
            }
            if (i == 0) {
                firstWritten.run();
            }
        });
    }
}
