package org.opentriage.triage;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentriage.testsupport.Database;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Requests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opentriage.testsupport.OllamaApi.assessment;
import static org.opentriage.testsupport.OllamaApi.differential;

/** POST and GET /api/v1/triage end to end: real PostgreSQL, Ollama's HTTP API stubbed. */
@QuarkusTest
class TriageResourceTest {

    @OllamaStub
    WireMockServer ollama;

    static final String SELF_CARE_ADVICE = "Rest at home and drink fluids.";

    String selfCareAnswer() {
        return assessment(5, SELF_CARE_ADVICE,
                differential("Common cold", "J00", 0.2, false),
                differential("Acute pharyngitis", "J02.9", 0.7, false),
                differential("Influenza", "J11.1", 0.1, false));
    }

    Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/triage");
    }

    @Test
    void storesAndReturnsTheValidatedModelAnswerInRankOrder() {
        OllamaApi.answer(ollama, selfCareAnswer());

        Response created = post(Requests.SORE_THROAT);
        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("status", equalTo("open"))
                .body("triage.level", equalTo(5))
                .body("triage.code", equalTo("self_care"))
                .body("triage.source", equalTo("model"))
                .body("differentials.condition", contains("Acute pharyngitis", "Common cold", "Influenza"))
                .body("differentials.rank", contains(1, 2, 3))
                .body("differentials[0].icd10", equalTo("J02.9"))
                .body("followUpQuestions.size()", equalTo(2))
                .body("advice", equalTo(SELF_CARE_ADVICE))
                .body("redFlags", empty())
                .body("news2", nullValue())
                .body("model.name", equalTo("llama3.1:8b"))
                .body("model.degraded", equalTo(false))
                .body("model.promptVersion", equalTo("triage-v1"))
                .body("model.latencyMs", notNullValue())
                .body("createdAt", notNullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/triage/" + id);

        Map<String, Object> fetched = given().when().get("/api/v1/triage/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(fetched).isEqualTo(created.jsonPath().getMap("$"));
    }

    @Test
    void sendsOllamaTheRecordSchemaAsStructuredOutput() {
        OllamaApi.answer(ollama, selfCareAnswer());

        post(Requests.SORE_THROAT).then().statusCode(201);

        ollama.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("llama3.1:8b")))
                .withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath("$.format.type", WireMock.equalTo("object")))
                .withRequestBody(matchingJsonPath("$.format.properties.differentials"))
                .withRequestBody(matchingJsonPath("$.format.properties.suggestedLevel"))
                .withRequestBody(matchingJsonPath("$.messages[0].role", WireMock.equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        WireMock.containing("Sore throat"))));
    }

    @Test
    void rulesKeepTheEmergencyWhenTheModelSaysSelfCare() {
        OllamaApi.answer(ollama, selfCareAnswer());

        post(Requests.CHEST_PAIN).then().statusCode(201)
                .body("triage.level", equalTo(1))
                .body("triage.code", equalTo("emergency_ambulance"))
                .body("triage.source", equalTo("rules"))
                .body("rulesFloor", equalTo(1))
                .body("redFlags.code", hasItem("acs_chest_pain"))
                .body("news2.score", equalTo(8))
                .body("news2.risk", equalTo("high"))
                .body("model.degraded", equalTo(false))
                .body("advice", not(containsString(SELF_CARE_ADVICE)))
                .body("advice", containsString("108"));
    }

    @Test
    void aReadingThePatientTypedKeepsThemOutOfSelfCare() {
        OllamaApi.answer(ollama, selfCareAnswer());

        post(Requests.adult("Cough for 3 days and my oxygen is 86% on the oximeter")).then().statusCode(201)
                .body("triage.level", equalTo(2))
                .body("triage.source", equalTo("rules"))
                .body("redFlags[0].code", equalTo("low_oxygen"))
                .body("redFlags[0].trigger", equalTo("spo2 86% (written: \"oxygen is 86\")"))
                .body("intake.vitals", nullValue())
                .body("advice", not(containsString(SELF_CARE_ADVICE)));
    }

    @Test
    void aHindiSpeakerGetsTheFloorAndTheReasonsInHindi() {
        OllamaApi.answer(ollama, selfCareAnswer());

        post("{\"patient\":{\"age\":{\"value\":60,\"unit\":\"years\"}},"
                + "\"complaint\":\"सीने में दर्द और पसीना आ रहा है\",\"language\":\"hi-IN\"}").then().statusCode(201)
                .body("triage.level", equalTo(1))
                .body("redFlags[0].code", equalTo("acs_chest_pain"))
                .body("redFlags[0].patientExplanation", containsString("दिल का दौरा"))
                .body("advice", containsString("एम्बुलेंस"))
                .body("advice", containsString("108"));
    }

    @Test
    void theModelMayEscalate() {
        OllamaApi.answer(ollama, assessment(2, "Go to the emergency department now.",
                differential("Peritonsillar abscess", "J36", 0.6, true)));

        post(Requests.SORE_THROAT).then().statusCode(201)
                .body("triage.level", equalTo(2))
                .body("triage.source", equalTo("model"))
                .body("differentials[0].cannotMiss", equalTo(true))
                .body("advice", containsString("112"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http_500", "timeout", "connection_reset", "not_json", "likelihood_7", "unknown_level",
            "empty_object", "no_differentials", "blank_condition", "self_care_with_a_likely_cannot_miss"})
    void anUnusableModelAnswerIsStoredDegradedAndNeverSelfCare(String failure) {
        switch (failure) {
            case "http_500" -> OllamaApi.answer(ollama, OllamaApi.serverError());
            case "timeout" -> OllamaApi.answer(ollama, aResponse().withFixedDelay(5_000)
                    .withHeader("Content-Type", "application/json").withBody(OllamaApi.chatResponse(selfCareAnswer())));
            case "connection_reset" -> OllamaApi.answer(ollama, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
            case "not_json" -> OllamaApi.answer(ollama, "I think it is a cold, rest at home.");
            case "likelihood_7" -> OllamaApi.answer(ollama, assessment(5, "Rest.", differential("Common cold", "J00", 7, false)));
            case "unknown_level" -> OllamaApi.answer(ollama, assessment(9, "Rest.", differential("Common cold", "J00", 0.5, false)));
            case "empty_object" -> OllamaApi.answer(ollama, "{}");
            case "no_differentials" -> OllamaApi.answer(ollama, assessment(5, "Rest."));
            case "blank_condition" -> OllamaApi.answer(ollama, assessment(5, "Rest.", differential(" ", "J00", 0.5, false)));
            case "self_care_with_a_likely_cannot_miss" -> OllamaApi.answer(ollama, assessment(5, "Rest.",
                    differential("Acute pharyngitis", "J02.9", 0.6, false), differential("Epiglottitis", "J05.1", 0.3, true)));
            default -> throw new IllegalArgumentException(failure);
        }
        long before = Database.cases();

        String id = post(Requests.SORE_THROAT).then().statusCode(201)
                .body("model.degraded", equalTo(true))
                .body("model.degradedReason", notNullValue())
                .body("triage.level", equalTo(3))
                .body("triage.code", equalTo("consultation_24"))
                .body("triage.source", equalTo("rules"))
                .body("differentials", empty())
                .body("advice", containsString("nurse will review"))
                .extract().path("id");

        assertThat(Database.cases()).isEqualTo(before + 1);
        given().get("/api/v1/triage/" + id).then().statusCode(200).body("model.degraded", equalTo(true));
    }

    @Test
    void aDegradedAnswerKeepsAMoreUrgentRulesFloor() {
        OllamaApi.answer(ollama, OllamaApi.serverError());

        post(Requests.CHEST_PAIN).then().statusCode(201)
                .body("model.degraded", equalTo(true))
                .body("triage.level", equalTo(1))
                .body("triage.source", equalTo("rules"));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstCaseAndCreatesNothing() {
        OllamaApi.answer(ollama, selfCareAnswer());
        String key = "key-" + UUID.randomUUID();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Requests.SORE_THROAT)
                .post("/api/v1/triage").then().statusCode(201).extract().path("id");
        long after = Database.cases();
        Response repeat = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Requests.SORE_THROAT)
                .post("/api/v1/triage");

        repeat.then().statusCode(200).body("id", equalTo(first));
        assertThat(repeat.header("Location")).isEqualTo("/api/v1/triage/" + first);
        assertThat(Database.cases()).isEqualTo(after);
        assertThat(Database.count("select count(*) from triage_case where idempotency_key = '" + key + "'")).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherPatientIsRefused() {
        OllamaApi.answer(ollama, selfCareAnswer());
        String key = "key-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Requests.SORE_THROAT)
                .post("/api/v1/triage").then().statusCode(201);
        long after = Database.cases();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Requests.adult("Headache"))
                .post("/api/v1/triage").then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(Database.cases()).isEqualTo(after);
    }

    @Test
    void unknownCasesAre404Problems() {
        given().get("/api/v1/triage/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/triage/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theModelStateIsReportedButNeverFailsReadiness() {
        OllamaApi.answer(ollama, OllamaApi.serverError());
        ollama.resetAll();

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ollama' }.data.reachable", equalTo(false))
                .body("checks.find { it.name == 'ollama' }.data.mode", equalTo("degraded"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void latencyIsRecordedForTheModel() {
        OllamaApi.answer(ollama, aResponse().withFixedDelay(300).withHeader("Content-Type", "application/json")
                .withBody(OllamaApi.chatResponse(selfCareAnswer())));

        post(Requests.SORE_THROAT).then().statusCode(201)
                .body("model.latencyMs", org.hamcrest.Matchers.greaterThanOrEqualTo(300))
                .body("model.latencyMs", lessThanOrEqualTo(3000));
    }
}
