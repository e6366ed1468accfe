package org.opentriage.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.Database;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.SseRecorder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.opentriage.testsupport.OllamaApi.assessment;
import static org.opentriage.testsupport.OllamaApi.differential;

/**
 * The discriminator screen through the API, with a model stand-in that always says self care:
 * no self care on an unasked question; answers re-judge a case; bad answers are refused.
 */
@QuarkusTest
class ScreeningApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @OllamaStub
    WireMockServer ollama;

    @BeforeEach
    void modelSaysSelfCare() {
        OllamaApi.answer(ollama, assessment(5, "Rest at home.", differential("Common cold", "J00", 0.8, false)));
    }

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/triage");
    }

    @Test
    void anUnansweredScreenIsARoutineConsultationWithTheOpenQuestionsMostUrgentFirst() {
        post(Requests.SORE_THROAT_UNSCREENED).then().statusCode(201)
                .body("triage.level", equalTo(4))
                .body("triage.code", equalTo("consultation"))
                .body("triage.source", equalTo("rules"))
                .body("advice", not(containsString("Rest at home.")))
                .body("screening.complete", equalTo(false))
                .body("screening.presentations", hasItem("ear_nose_throat"))
                .body("screening.questions[0].id", notNullValue())
                .body("screening.questions[0].text", notNullValue())
                .body("screening.questions[0].why", notNullValue())
                .body("rulesVersion", notNullValue());
    }

    @TestHTTPResource("/api/v1/triage/stream")
    URL stream;

    @Test
    void theStreamsAcceptedEventNeverShowsSelfCareBeforeTheScreenIsComplete() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.streaming(assessment(5, "Rest at home.", differential("Common cold", "J00", 0.8, false)), 200));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), Requests.SORE_THROAT_UNSCREENED)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
            List<SseRecorder.Event> events = sse.events();
            assertThat(events.get(0).name()).isEqualTo("accepted");
            assertThat(JSON.readTree(events.get(0).data()).path("triage").path("level").asInt()).isEqualTo(4);
            assertThat(events.get(events.size() - 1).name()).isEqualTo("result");
            assertThat(JSON.readTree(events.get(events.size() - 1).data()).path("triage").path("level").asInt()).isEqualTo(4);
        }
    }

    @Test
    void aCompleteScreenWithEveryAnswerNoLetsTheModelsSelfCareStand() {
        post(Requests.SORE_THROAT).then().statusCode(201)
                .body("triage.level", equalTo(5))
                .body("triage.source", equalTo("model"))
                .body("screening.complete", equalTo(true))
                .body("screening.questions", empty());
    }

    @Test
    void answersAddedLaterReJudgeTheCaseAndAreAudited() {
        String id = post(Requests.SORE_THROAT_UNSCREENED).then().statusCode(201).extract().path("id");
        List<Map<String, Object>> questions = given().get("/api/v1/triage/" + id).then().extract().path("screening.questions");
        assertThat(questions).isNotEmpty();

        // the most urgent question first: answered yes, the case becomes at least that urgent
        String first = (String) questions.get(0).get("id");
        Object yes = "yes_no".equals(questions.get(0).get("answerType")) ? true : 10;
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("id", first, "value", yes))))
                .post("/api/v1/triage/" + id + "/answers").then().statusCode(200)
                .body("triage.level", equalTo(1))
                .body("redFlags.code", hasItem(first))
                .body("screening.answers.id", hasItem(first));
        given().get("/api/v1/cases/" + id + "/audit").then().statusCode(200)
                .body("action", hasItem("answered"))
                .body("find { it.action == 'answered' }.details.levelBefore", equalTo(4))
                .body("find { it.action == 'answered' }.details.levelAfter", equalTo(1));
    }

    @Test
    void unknownQuestionsAndWrongValuesAreA400NamingThemAndStoreNothing() {
        long before = Database.cases();
        String body = Requests.adult("Sore throat") .replace("\"complaint\"",
                "\"answers\":[{\"id\":\"no.such_question\",\"value\":true},{\"id\":\"chest_pain.radiating\",\"value\":\"often\"}],"
                        + "\"presentations\":[\"sore_toe\"],\"complaint\"");
        post(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("presentations[0]", "answers[0].id", "answers[1].value")));
        assertThat(Database.cases()).isEqualTo(before);

        String id = post(Requests.SORE_THROAT_UNSCREENED).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("id", "general.nope", "value", false))))
                .post("/api/v1/triage/" + id + "/answers").then().statusCode(400)
                .body("violations[0].field", equalTo("answers[0].id"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of()))
                .post("/api/v1/triage/" + id + "/answers").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("id", "general.nope", "value", false))))
                .post("/api/v1/triage/" + java.util.UUID.randomUUID() + "/answers").then().statusCode(404);
    }

    @Test
    void invisibleCharactersChangeNothingAndAnInvisibleComplaintIsRefused() {
        int clean = post(Requests.adult("Crushing chest pain and sweating")).then().statusCode(201).extract().path("triage.level");
        int hidden = post(Requests.adult("Crush\u200Bing ch\u00ADest pa\u200Din and swea\u2060ting")).then().statusCode(201)
                .extract().path("triage.level");
        assertThat(hidden).isEqualTo(clean).isEqualTo(1);

        post(Requests.adult("\u200B\u200C\u200D\u00AD\u2060\uFEFF")).then().statusCode(400)
                .body("violations.field", hasItem("complaint"));
    }

    @Test
    void anAppCanListTheQuestionsUpFrontInHindi() {
        given().queryParam("presentation", "chest_pain").queryParam("age", 54).queryParam("sex", "male")
                .queryParam("language", "hi").get("/api/v1/screening").then().statusCode(200)
                .body("presentations", equalTo(List.of("chest_pain")))
                .body("complete", equalTo(false))
                .body("questions.id", hasItem("chest_pain.cardiac_type"))
                .body("questions.find { it.id == 'chest_pain.cardiac_type' }.text", containsString("दर्द"));
        given().queryParam("presentation", "sore_toe").queryParam("age", 54).get("/api/v1/screening").then().statusCode(400);
        given().queryParam("presentation", "chest_pain").get("/api/v1/screening").then().statusCode(400)
                .body("violations[0].field", equalTo("age"));
    }

    @Test
    void theKnowledgeBaseIsReadableWithItsVersion() {
        String version = post(Requests.SORE_THROAT_UNSCREENED).then().statusCode(201).extract().path("rulesVersion");
        given().get("/api/v1/clinical-knowledge").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString(version))
                .body(containsString("chest_pain.cardiac_type"));
    }
}
