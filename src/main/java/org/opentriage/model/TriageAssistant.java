package org.opentriage.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The triage model. It returns a record, so the extension sends Ollama the record's JSON schema
 * (structured output). No chat memory: each call stands alone, and no patient's words can reach
 * another patient's prompt. Blocking: call it from a worker thread.
 */
@RegisterAiService(
        chatLanguageModelSupplier = OllamaChatModelSupplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
@SystemMessage(fromResource = TriagePrompt.SYSTEM_RESOURCE)
public interface TriageAssistant {

    @UserMessage("{caseDescription}")
    ModelAssessment assess(String caseDescription);
}
