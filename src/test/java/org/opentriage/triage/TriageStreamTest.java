package org.opentriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.SseRecorder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/v1/triage/stream with a real SSE client against a model that streams NDJSON slowly. */
@QuarkusTest
class TriageStreamTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @OllamaStub
    WireMockServer ollama;

    @TestHTTPResource("/api/v1/triage/stream")
    URL stream;

    static final String ANSWER = OllamaApi.assessment(4, "Gargle with salt water and see your doctor if it lasts a week.",
            OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false));

    static JsonNode json(String data) throws Exception {
        return JSON.readTree(data);
    }

    @Test
    void acceptedComesFirstTokensAsGeneratedResultLast() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.streaming(ANSWER, 2_000));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            List<SseRecorder.Event> events = sse.events();

            assertThat(events.get(0).name()).isEqualTo("accepted");
            assertThat(events.get(0).atMs()).as("accepted before the model has answered").isLessThan(1_000);
            assertThat(events.subList(1, events.size() - 1)).isNotEmpty().allMatch(e -> e.name().equals("token"));
            assertThat(events.get(events.size() - 1).name()).isEqualTo("result");
            assertThat(events.get(events.size() - 1).atMs()).isGreaterThanOrEqualTo(1_500);

            StringBuilder text = new StringBuilder();
            events.stream().filter(e -> e.name().equals("token")).forEach(e -> {
                try {
                    text.append(json(e.data()).path("text").asText());
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            assertThat(text.toString()).isEqualTo(ANSWER);

            JsonNode accepted = json(events.get(0).data());
            JsonNode result = json(events.get(events.size() - 1).data());
            assertThat(accepted.path("triage").path("source").asText()).isEqualTo("rules");
            assertThat(result.path("id").asText()).isEqualTo(accepted.path("id").asText());
            assertThat(result.path("model").path("degraded").asBoolean()).isFalse();
            assertThat(result.path("triage").path("level").asInt()).isEqualTo(4);
            given().get("/api/v1/triage/" + result.path("id").asText()).then().statusCode(200).body("triage.level", equalTo(4));
        }
        ollama.verify(WireMock.postRequestedFor(WireMock.urlEqualTo("/api/chat"))
                .withRequestBody(WireMock.matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .withRequestBody(WireMock.matchingJsonPath("$.format.properties.suggestedLevel")));
    }

    @Test
    void theRulesFloorIsInAcceptedAndHoldsInTheResult() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.streaming(OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.5, false)), 500));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.CHEST_PAIN)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            JsonNode accepted = json(sse.events().get(0).data());
            JsonNode result = json(sse.events().get(sse.events().size() - 1).data());
            assertThat(accepted.path("triage").path("level").asInt()).isEqualTo(1);
            assertThat(accepted.path("redFlags").toString()).contains("acs_chest_pain");
            assertThat(accepted.path("news2").path("score").asInt()).isEqualTo(8);
            assertThat(result.path("triage").path("level").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aModelFailingMidStreamStillEndsInADegradedResult() throws Exception {
        OllamaApi.answer(ollama, WireMock.aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            SseRecorder.Event last = sse.events().get(sse.events().size() - 1);
            assertThat(sse.events().get(0).name()).isEqualTo("accepted");
            assertThat(last.name()).isEqualTo("result");
            assertThat(json(last.data()).path("model").path("degraded").asBoolean()).isTrue();
            assertThat(json(last.data()).path("triage").path("level").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aModelSilentForLongerThanTheTimeoutEndsInADegradedResult() throws Exception {
        // The test profile's model timeout is 3 s; this model says nothing for 6 s.
        OllamaApi.answer(ollama, OllamaApi.streaming(ANSWER, 300).withFixedDelay(6_000));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            SseRecorder.Event last = sse.events().get(sse.events().size() - 1);
            assertThat(sse.events()).extracting(SseRecorder.Event::name).doesNotContain("token");
            assertThat(last.name()).isEqualTo("result");
            JsonNode result = json(last.data());
            assertThat(result.path("model").path("degraded").asBoolean()).isTrue();
            assertThat(result.path("model").path("degradedReason").asText()).isEqualTo("timeout");
            assertThat(result.path("model").path("latencyMs").asLong()).isBetween(2_900L, 6_000L);
            assertThat(result.path("triage").path("level").asInt()).isEqualTo(3);
        }
    }

    @Test
    void truncatedJsonFromTheModelIsDegraded() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.streaming(ANSWER.substring(0, ANSWER.length() / 2), 300));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            JsonNode result = json(sse.events().get(sse.events().size() - 1).data());
            assertThat(result.path("model").path("degraded").asBoolean()).isTrue();
            assertThat(result.path("triage").path("level").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aClientThatLeavesCancelsTheModelAndTheCaseIsStillStored() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.streaming(ANSWER, 8_000));
        String id;
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sse.events().stream().anyMatch(e -> e.name().equals("token")));
            id = json(sse.events().get(0).data()).path("id").asText();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/v1/triage/" + id).then().statusCode(200)
                .body("model.degraded", equalTo(true))
                .body("model.degradedReason", equalTo("cancelled"))
                .body("triage.level", equalTo(3)));
    }
}
