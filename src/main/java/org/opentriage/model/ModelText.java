package org.opentriage.model;

import io.smallrye.mutiny.Multi;

/**
 * One model stream, read to its end: the tokens pass through as they come, the whole text is kept,
 * and a failure ends the stream instead of failing it, so that what follows (a degraded result, or
 * "ready") is still sent. Silence longer than the model timeout is such a failure: the model client
 * raises it (see {@link org.opentriage.model.OllamaStreamClient}), without a timer per token.
 */
public final class ModelText {

    private final StringBuilder text = new StringBuilder();
    private volatile Throwable failure;

    public Multi<String> read(Multi<String> tokens) {
        return tokens.onItem().invoke(text::append)
                .onFailure().invoke(e -> failure = e)
                .onFailure().recoverWithCompletion();
    }

    public String text() {
        return text.toString();
    }

    /** Why the stream ended early, or null when the model finished. */
    public Throwable failure() {
        return failure;
    }
}
