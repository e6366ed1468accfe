package org.opentriage.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Ollama responses, shaped as the real server sends them. */
public final class OllamaApi {

    public static final String MODEL = "llama3.1:8b";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OllamaApi() {
    }

    /** A non-streaming {@code /api/chat} answer whose message content is {@code content}. */
    public static String chatResponse(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", MODEL);
        root.put("created_at", "2026-11-27T10:15:30.123456Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        root.put("done_reason", "stop");
        root.put("done", true);
        root.put("total_duration", 2_310_000_000L);
        root.put("prompt_eval_count", 412);
        root.put("eval_count", 230);
        return root.toString();
    }

    /** A model answer in the shape of ModelAssessment. */
    public static String assessment(int level, String advice, String... differentialsJson) {
        return "{\"differentials\":[" + String.join(",", differentialsJson) + "],\"suggestedLevel\":" + level
                + ",\"followUpQuestions\":[\"Does the pain spread to your arm or jaw?\",\"Are you sweating?\"],"
                + "\"advice\":\"" + advice + "\"}";
    }

    public static String differential(String condition, String icd10, double likelihood, boolean cannotMiss) {
        return "{\"condition\":\"" + condition + "\",\"icd10\":\"" + icd10 + "\",\"likelihood\":" + likelihood
                + ",\"rationale\":\"Fits the history.\",\"cannotMiss\":" + cannotMiss + "}";
    }

    public static void answer(WireMockServer server, String content) {
        answer(server, okJson(chatResponse(content)));
    }

    public static void answer(WireMockServer server, ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/api/chat")).willReturn(response));
        server.stubFor(get(urlEqualTo("/api/tags")).willReturn(okJson(
                "{\"models\":[{\"name\":\"" + MODEL + "\",\"model\":\"" + MODEL + "\",\"size\":4920753328}]}")));
    }

    /**
     * A streaming {@code /api/chat} answer as Ollama sends it: one NDJSON line per token, the last
     * with {@code "done":true}; the content is cut into tokens of about {@code tokenLength} characters.
     */
    public static String streamedChat(String content, int tokenLength) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < content.length(); i += tokenLength) {
            ObjectNode line = JSON.createObjectNode();
            line.put("model", MODEL);
            line.put("created_at", "2026-11-27T10:15:30Z");
            ObjectNode message = line.putObject("message");
            message.put("role", "assistant");
            message.put("content", content.substring(i, Math.min(content.length(), i + tokenLength)));
            line.put("done", false);
            body.append(line).append('\n');
        }
        ObjectNode last = JSON.createObjectNode();
        last.put("model", MODEL);
        last.put("created_at", "2026-11-27T10:15:31Z");
        last.putObject("message").put("role", "assistant").put("content", "");
        last.put("done", true);
        last.put("done_reason", "stop");
        last.put("eval_count", content.length() / tokenLength);
        body.append(last).append('\n');
        return body.toString();
    }

    /** A streamed answer, dribbled over {@code millis}. */
    public static ResponseDefinitionBuilder streaming(String content, int millis) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson")
                .withBody(streamedChat(content, 8)).withChunkedDribbleDelay(Math.max(2, content.length() / 8), millis);
    }

    public static ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"model runner has unexpectedly stopped\"}");
    }
}
