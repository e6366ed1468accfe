package org.opentriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.EmbeddedPostgresResource;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Screens;
import org.opentriage.testsupport.SseRecorder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The conversational intake, against a model that asks one question, then says DONE. The service
 * asks its own screening questions first, without the model.
 */
@QuarkusTest
class IntakeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String START = """
            {"patient":{"age":{"value":34,"unit":"years"},"sex":"female"},"message":"%s","language":"en"}""";

    @OllamaStub
    WireMockServer ollama;

    @TestHTTPResource("/api/v1/intake")
    URL intake;

    @BeforeEach
    void model() {
        ollama.resetAll();
        String streamQuestion = OllamaApi.streamedChat("How long have you had it, and do you have a fever?", 6);
        String streamDone = OllamaApi.streamedChat("DONE", 4);
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .inScenario("intake").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(streamQuestion)
                        .withChunkedDribbleDelay(8, 400))
                .willSetStateTo("asked"));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .inScenario("intake").whenScenarioStateIs("asked")
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(streamDone)));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("false")))
                .willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4, "See your doctor this week.",
                        OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false))))));
    }

    static List<SseRecorder.Event> run(SseRecorder sse) {
        await().atMost(Duration.ofSeconds(10)).until(sse::ended);
        return sse.events();
    }

    static String last(List<SseRecorder.Event> events) {
        return events.get(events.size() - 1).name();
    }

    @Test
    void aConversationReachesACase() throws Exception {
        List<SseRecorder.Event> first;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted("I have a sore throat"))) {
            first = run(sse);
        }
        assertThat(first.get(0).name()).isEqualTo("session");
        // the service's own screening question comes first, without the model: no tokens
        assertThat(first).extracting(SseRecorder.Event::name).containsExactly("session", "question");
        assertThat(JSON.readTree(first.get(1).data()).path("id").asText()).isNotBlank();
        String id = JSON.readTree(first.get(0).data()).path("id").asText();

        List<SseRecorder.Event> modelTurn = answerScreen(id, first);
        assertThat(modelTurn).anyMatch(e -> e.name().equals("token"));
        assertThat(last(modelTurn)).isEqualTo("question");
        JsonNode modelQuestion = JSON.readTree(modelTurn.get(modelTurn.size() - 1).data());
        assertThat(modelQuestion.path("text").asText()).startsWith("How long");
        assertThat(modelQuestion.has("id")).isFalse();

        List<SseRecorder.Event> second;
        try (SseRecorder sse = SseRecorder.post(intake + "/" + id + "/messages", "{\"text\":\"Three days, no fever\"}")) {
            second = run(sse);
        }
        // a new word (fever) may bring a new presentation's questions: they are asked before the end
        assertThat(last(answerScreen(id, second))).isEqualTo("ready");
        int screeningTurns = 2 * screeningAnswers;

        String caseId = given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200)
                .body("triage.level", equalTo(4))
                .body("screening.complete", equalTo(true))
                .body("intake.complaint", containsString("sore throat"))
                .body("intake.complaint", containsString("Three days"))
                .extract().path("id");
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("id", equalTo(caseId));
        given().get("/api/v1/intake/" + id).then().statusCode(200).body("status", equalTo("finished"))
                .body("caseId", equalTo(caseId)).body("transcript.size()", equalTo(3 + screeningTurns));
        given().get("/api/v1/triage/" + caseId).then().statusCode(200);
    }

    @Test
    void theScreenWorksWithoutTheModelAndAYesToADangerSignInterrupts() throws Exception {
        ollama.resetAll(); // the model answers nothing at all
        List<SseRecorder.Event> first;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted("I have a sore throat"))) {
            first = run(sse);
        }
        String id = JSON.readTree(first.get(0).data()).path("id").asText();
        JsonNode question = JSON.readTree(first.get(1).data());
        assertThat(question.path("answerType").asText()).isEqualTo("yes_no");
        List<SseRecorder.Event> events = say(id, "yes");
        assertThat(events).extracting(SseRecorder.Event::name).containsExactly("interrupt");
        JsonNode interrupt = JSON.readTree(events.get(0).data());
        assertThat(interrupt.path("redFlags").toString()).contains(question.path("id").asText());
        assertThat(interrupt.path("triage").path("level").asInt()).isLessThanOrEqualTo(2);
    }

    @Test
    void aRedFlagInterruptsTheInterview() throws Exception {
        String id;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted("I have had a headache since lunch"))) {
            id = JSON.readTree(run(sse).get(0).data()).path("id").asText();
        }
        List<SseRecorder.Event> events;
        try (SseRecorder sse = SseRecorder.post(intake + "/" + id + "/messages",
                "{\"text\":\"Now the left side of my face is drooping and my words come out slurred\"}")) {
            events = run(sse);
        }
        assertThat(events).extracting(SseRecorder.Event::name).containsExactly("interrupt");
        JsonNode interrupt = JSON.readTree(events.get(0).data());
        assertThat(interrupt.path("triage").path("level").asInt()).isEqualTo(1);
        assertThat(interrupt.path("redFlags").toString()).contains("stroke_signs");
        assertThat(interrupt.path("advice").asText()).contains("108");

        try (SseRecorder sse = SseRecorder.post(intake + "/" + id + "/messages", "{\"text\":\"hello?\"}")) {
            List<SseRecorder.Event> refused = run(sse);
            assertThat(refused).extracting(SseRecorder.Event::name).containsExactly("error");
            assertThat(JSON.readTree(refused.get(0).data()).path("status").asInt()).isEqualTo(409);
        }
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(1));
    }

    /** Benign words, just under the 4000 characters one message may hold. */
    static String longBenignMessage() {
        String words = "My throat is scratchy and my nose keeps running. ".repeat(81) + "It started on Monday.";
        assertThat(words).hasSize(3990);
        return words;
    }

    List<SseRecorder.Event> say(String id, String text) throws Exception {
        try (SseRecorder sse = SseRecorder.post(intake + "/" + id + "/messages", "{\"text\":\"" + text + "\"}")) {
            return run(sse);
        }
    }

    /** How many screening questions this test has answered. */
    int screeningAnswers;

    /**
     * Answers each of the service's screening questions as a patient who has none of it would ("no",
     * 0, a normal reading), until the model asks its own question or is done; that last turn's events.
     */
    List<SseRecorder.Event> answerScreen(String id, List<SseRecorder.Event> events) throws Exception {
        while (last(events).equals("question") && JSON.readTree(events.get(events.size() - 1).data()).has("id")) {
            String questionId = JSON.readTree(events.get(events.size() - 1).data()).path("id").asText();
            events = say(id, Screens.negativeReply(questionId));
            screeningAnswers++;
        }
        return events;
    }

    /** Starts a session with this first message and answers the screen, after which the model asks a question; its id. */
    String start(String message) throws Exception {
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted(message))) {
            List<SseRecorder.Event> first = run(sse);
            String id = JSON.readTree(first.get(0).data()).path("id").asText();
            assertThat(last(answerScreen(id, first))).isEqualTo("question");
            return id;
        }
    }

    /** The message interrupts the interview with this red flag. */
    void assertInterrupts(String id, String message, String flag) throws Exception {
        List<SseRecorder.Event> events = say(id, message);
        assertThat(events).extracting(SseRecorder.Event::name).containsExactly("interrupt");
        assertThat(JSON.readTree(events.get(0).data()).path("redFlags").toString()).contains(flag);
    }

    @Test
    void aRedFlagAfterALongFirstMessageStillInterrupts() throws Exception {
        String id = start(longBenignMessage());
        // The rules read everything the patient said: the first 4000 characters are not the whole story.
        assertInterrupts(id, "Now I have crushing chest pain and I am sweating", "acs_chest_pain");
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(1))
                .body("intake.complaint", containsString("crushing chest pain"));
    }

    @Test
    void pastItsLengthLimitASessionRefusesMoreWordsButNotAnEmergency() throws Exception {
        String id;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted(longBenignMessage()))) {
            id = JSON.readTree(run(sse).get(0).data()).path("id").asText();
        }
        assertThat(last(say(id, longBenignMessage()))).isEqualTo("question");

        List<SseRecorder.Event> refused = say(id, "It is a bit worse at night and in the morning, and the tablets from the shop do not help at all");
        assertThat(refused).extracting(SseRecorder.Event::name).containsExactly("error");
        JsonNode problem = JSON.readTree(refused.get(0).data());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains("8000").contains("Finish");
        given().get("/api/v1/intake/" + id).then().statusCode(200).body("status", equalTo("active"))
                .body("transcript.size()", equalTo(4));

        assertInterrupts(id, "Now I have crushing chest pain and I am sweating", "acs_chest_pain");
        given().get("/api/v1/intake/" + id).then().statusCode(200).body("status", equalTo("interrupted"))
                .body("transcript.size()", equalTo(5));
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(1));
    }

    /** A model that asks about a red flag, then says DONE. */
    void modelAsks(String question) {
        ollama.resetAll();
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .inScenario("ask").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(OllamaApi.streamedChat(question, 8)))
                .willSetStateTo("asked"));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .inScenario("ask").whenScenarioStateIs("asked")
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(OllamaApi.streamedChat("DONE", 4))));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("false")))
                .willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4, "See your doctor this week.",
                        OllamaApi.differential("Acute bronchitis", "J20.9", 0.7, false))))));
    }

    @Test
    void aYesToAQuestionAboutARedFlagInterrupts() throws Exception {
        modelAsks("Do you have any chest pain or sweating?");
        String id = start("I have had a cough for a week");
        assertInterrupts(id, "yes", "acs_chest_pain");
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(1))
                .body("intake.complaint", containsString("[Asked: Do you have any chest pain or sweating?] yes"));
    }

    @Test
    void aLowOxygenReadingGivenAsABareNumberInterrupts() throws Exception {
        modelAsks("What does your pulse oximeter show?");
        String id = start("I have had a cough for a week");
        assertInterrupts(id, "86", "low_oxygen");
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(2))
                .body("intake.complaint", containsString("[spo2] 86"))
                .body("redFlags[0].trigger", containsString("written"));
    }

    @Test
    void aNoToTheSameQuestionFiresNothing() throws Exception {
        modelAsks("Do you have any chest pain or sweating?");
        String id = start("I have had a cough for a week");
        assertThat(last(say(id, "no"))).isEqualTo("ready");
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200).body("triage.level", equalTo(4))
                .body("redFlags.size()", equalTo(0));
    }

    @Test
    void aModelSilentForLongerThanTheTimeoutEndsTheTurnAsReadyDegraded() throws Exception {
        // The test profile's model timeout is 3 s; this model says nothing for 6 s.
        ollama.resetAll();
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBody(OllamaApi.streamedChat("How long?", 4)).withFixedDelay(6_000)));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("false")))
                .willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4, "See your doctor this week.",
                        OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false))))));
        List<SseRecorder.Event> first;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted("I have a sore throat"))) {
            first = run(sse);
        }
        String id = JSON.readTree(first.get(0).data()).path("id").asText();
        // the screen is answered without the model; the turn after its last answer is the model's
        List<SseRecorder.Event> events = new java.util.ArrayList<>(first.subList(1, 2));
        String lastQuestion = null;
        while (last(events).equals("question")) {
            lastQuestion = JSON.readTree(events.get(events.size() - 1).data()).path("id").asText();
            long start = System.nanoTime();
            events = say(id, Screens.negativeReply(lastQuestion));
            if (!last(events).equals("question")) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(2_900), Duration.ofMillis(6_000));
            }
        }
        assertThat(events).extracting(SseRecorder.Event::name).containsExactly("ready");
        assertThat(JSON.readTree(events.get(0).data()).path("degraded").asBoolean()).isTrue();
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(200)
                .body("intake.complaint", containsString("sore throat"));
    }

    @Test
    void anExpiredSessionIsGone() throws Exception {
        String id;
        try (SseRecorder sse = SseRecorder.post(intake.toString(), START.formatted("I have a cough"))) {
            id = JSON.readTree(run(sse).get(0).data()).path("id").asText();
        }
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl())) {
            c.createStatement().executeUpdate("update intake_session set expires_at = now() - interval '1 minute' where id = '" + id + "'");
        }
        try (SseRecorder sse = SseRecorder.post(intake + "/" + id + "/messages", "{\"text\":\"still coughing\"}")) {
            List<SseRecorder.Event> refused = run(sse);
            assertThat(refused).extracting(SseRecorder.Event::name).containsExactly("error");
            assertThat(JSON.readTree(refused.get(0).data()).path("status").asInt()).isEqualTo(410);
        }
        given().post("/api/v1/intake/" + id + "/finish").then().statusCode(410);
        given().get("/api/v1/intake/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
