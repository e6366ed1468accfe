package org.opentriage.common;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** Named server-sent events with JSON data. */
public final class SseEvents {

    private SseEvents() {
    }

    /** The event as SSE: a token's JSON written here (below), every other event's data by Jackson. */
    public static OutboundSseEvent of(Sse sse, StreamEvent event) {
        return event instanceof StreamEvent.Token token
                ? token(sse, token.name(), token.text())
                : json(sse, event.name(), event.data());
    }

    public static OutboundSseEvent json(Sse sse, String name, Object data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build();
    }

    /**
     * A {@code token} event, {@code {"text": ...}}, its JSON written here: a stream has hundreds of
     * tokens, each a few characters, and looking up and running a message body writer for each cost
     * more than the token. The bytes on the wire are those Jackson writes for the same record.
     */
    public static OutboundSseEvent token(Sse sse, String name, String text) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, tokenJson(text)).build();
    }

    public static String tokenJson(String text) {
        StringBuilder json = new StringBuilder(text.length() + 12).append("{\"text\":\"");
        JsonStringEncoder.getInstance().quoteAsString(text, json);
        return json.append("\"}").toString();
    }
}
