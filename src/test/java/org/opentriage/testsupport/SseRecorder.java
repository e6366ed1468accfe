package org.opentriage.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** A real server-sent-events client that records every event it receives. */
public final class SseRecorder implements AutoCloseable {

    public record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile boolean connected;

    private SseRecorder(String url) {
        reader = new Thread(() -> read(url), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseRecorder open(String url) {
        return new SseRecorder(url);
    }

    public boolean connected() {
        return connected;
    }

    public List<Event> events() {
        return events;
    }

    private void read(String url) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            connected = response.statusCode() == 200;
            lines = response.body();
            String[] name = {"message"};
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name[0], data.toString()));
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
