package org.opentriage.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Position in the nurse queue: the last case of a page, as an opaque URL-safe string. */
public record QueueCursor(short level, Instant createdAt, UUID id) {

    public static QueueCursor after(TriageCase c) {
        return new QueueCursor(c.level, c.createdAt, c.id);
    }

    public String encode() {
        String raw = level + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or empty when the text is not one this service wrote. */
    public static Optional<QueueCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(Short.parseShort(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
