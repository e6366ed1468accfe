package org.opentriage.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A real server-sent-events client that records every event it receives. */
public final class SseRecorder implements AutoCloseable {

    /** An event and when it arrived, in milliseconds after the request was sent. */
    public record Event(String name, String data, long atMs) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile boolean connected;

    private final long started = System.nanoTime();

    private SseRecorder(HttpRequest request) {
        reader = new Thread(() -> read(request), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseRecorder open(String url) {
        return new SseRecorder(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build());
    }

    /** POSTs a JSON body and records the event stream of the answer. */
    public static SseRecorder post(String url, String json) {
        return new SseRecorder(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    private volatile boolean ended;

    public boolean connected() {
        return connected;
    }

    public List<Event> events() {
        return events;
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            connected = response.statusCode() == 200;
            lines = response.body();
            String[] name = {"message"};
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name[0], data.toString(), (System.nanoTime() - started) / 1_000_000));
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            });
            ended = true;
        } catch (Exception e) {
            // closed
        }
    }

    @Override
    public void close() {
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
        reader.interrupt();
    }
}
