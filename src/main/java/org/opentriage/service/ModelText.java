package org.opentriage.service;

import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * One model stream, read to its end: the tokens pass through as they come, the whole text is kept,
 * and a failure (or silence longer than the model timeout) ends the stream instead of failing it,
 * so that what follows (a degraded result, or "ready") is still sent.
 */
final class ModelText {

    private final StringBuilder text = new StringBuilder();
    private volatile Throwable failure;

    Multi<String> read(Multi<String> tokens, Duration timeout) {
        return tokens.ifNoItem().after(timeout).failWith(TimeoutException::new)
                .onItem().invoke(text::append)
                .onFailure().invoke(e -> failure = e)
                .onFailure().recoverWithCompletion();
    }

    String text() {
        return text.toString();
    }

    /** Why the stream ended early, or null when the model finished. */
    Throwable failure() {
        return failure;
    }
}
