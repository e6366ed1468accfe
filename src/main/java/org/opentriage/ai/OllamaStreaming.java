package org.opentriage.ai;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.quarkiverse.langchain4j.ollama.OllamaStreamingChatLanguageModel;
import io.quarkiverse.langchain4j.ollama.Options;
import io.smallrye.mutiny.Multi;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.opentriage.config.ModelConfig;

/**
 * Streaming Ollama chat models built from run-time configuration (the extension's streaming
 * client: Quarkus REST reading NDJSON token by token), and the bridge from langchain4j's callback
 * to a Mutiny stream whose cancellation cancels the model call.
 */
final class OllamaStreaming {

    private OllamaStreaming() {
    }

    /** A streaming model; {@code format} is a JSON schema for structured output, or null for text. */
    static StreamingChatModel build(ModelConfig config, String format) {
        OllamaStreamingChatLanguageModel.Builder builder = OllamaStreamingChatLanguageModel.builder()
                .baseUrl(OllamaChatModelSupplier.baseUrl())
                .model(config.name())
                .options(Options.builder().temperature(config.temperature())
                        .numPredict(config.maxTokens()).numCtx(config.contextWindow()).build())
                .timeout(config.timeout())
                .logRequests(config.logExchanges())
                .logResponses(config.logExchanges());
        if (format != null) {
            builder.format(format);
        }
        return builder.build();
    }

    /** The model's tokens, in order; fails on any model error; cancelling cancels the call. */
    static Multi<String> tokens(StreamingChatModel model, ChatRequest chat) {
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<StreamingHandle> handle = new AtomicReference<>();
            AtomicBoolean cancelled = new AtomicBoolean();
            emitter.onTermination(() -> {
                if (emitter.isCancelled()) {
                    cancelled.set(true);
                    StreamingHandle h = handle.get();
                    if (h != null) {
                        h.cancel();
                    }
                }
            });
            model.chat(chat, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    handle.set(context.streamingHandle());
                    if (cancelled.get()) {
                        context.streamingHandle().cancel();
                    } else {
                        onPartialResponse(partial.text());
                    }
                }

                @Override
                public void onPartialResponse(String token) {
                    if (!cancelled.get() && token != null && !token.isEmpty()) {
                        emitter.emit(token);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    emitter.complete();
                }

                @Override
                public void onError(Throwable error) {
                    emitter.fail(error);
                }
            });
        });
    }
}
