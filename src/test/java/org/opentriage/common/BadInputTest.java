package org.opentriage.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.Database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input gets the contract's status with a problem body, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    static final String PROBLEM = "application/problem+json";
    long casesBefore;

    @BeforeEach
    void countCases() {
        casesBefore = Database.cases();
    }

    @AfterEach
    void nothingStored() {
        assertThat(Database.cases()).as("cases stored by a refused request").isEqualTo(casesBefore);
    }

    ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/triage").then();
    }

    static String withComplaint(String complaint) {
        return "{\"patient\":{\"age\":{\"value\":30,\"unit\":\"years\"}},\"complaint\":\"" + complaint + "\"}";
    }

    @Test
    void malformedJson() {
        post("{\"patient\": {\"age\": ").statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aBodyThatIsNotAnObject() {
        post("[1, 2, 3]").statusCode(400).contentType(PROBLEM);
        post("\"chest pain\"").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anEmptyBody() {
        given().contentType(ContentType.JSON).post("/api/v1/triage").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingComplaint() {
        post("{\"patient\":{\"age\":{\"value\":30,\"unit\":\"years\"}}}").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("complaint"));
    }

    @Test
    void blankComplaint() {
        post(withComplaint("   ")).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("complaint"));
    }

    @Test
    void missingPatientAge() {
        post("{\"patient\":{\"sex\":\"female\"},\"complaint\":\"cough\"}").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("patient.age"));
    }

    @Test
    void negativeAge() {
        post("{\"patient\":{\"age\":{\"value\":-1,\"unit\":\"years\"}},\"complaint\":\"cough\"}").statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("patient.age.value"));
    }

    @Test
    void implausibleAge() {
        post("{\"patient\":{\"age\":{\"value\":200,\"unit\":\"years\"}},\"complaint\":\"cough\"}").statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void unknownEnumValue() {
        post("{\"patient\":{\"age\":{\"value\":3,\"unit\":\"fortnights\"}},\"complaint\":\"cough\"}").statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("patient.age.unit"))
                .body("violations[0].message", equalTo("must be one of years, months, weeks, days"));
        post("{\"patient\":{\"age\":{\"value\":30,\"unit\":\"years\"}},\"complaint\":\"cough\","
                + "\"vitals\":{\"consciousness\":\"sleepy\"}}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("vitals.consciousness"));
    }

    @Test
    void wrongType() {
        post("{\"patient\":{\"age\":{\"value\":\"old\",\"unit\":\"years\"}},\"complaint\":\"cough\"}").statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("patient.age.value"));
    }

    @Test
    void aNulCharacterIsRefusedNotStored() {
        post(withComplaint("\\u0000 chest pain")).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("complaint"));
    }

    @Test
    void complaintOf4001Characters() {
        post(withComplaint("a".repeat(4001))).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("complaint"));
    }

    @Test
    void complaintOf4000CharactersIsAccepted() {
        org.opentriage.testsupport.OllamaApi.answer(ollamaUnavailable(), org.opentriage.testsupport.OllamaApi.serverError());
        post(withComplaint("a".repeat(4000))).statusCode(201);
        casesBefore++;
    }

    @Test
    void impossibleVitalSigns() {
        post("{\"patient\":{\"age\":{\"value\":30,\"unit\":\"years\"}},\"complaint\":\"cough\","
                + "\"vitals\":{\"spo2\":140,\"temperatureC\":55}}").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("vitals.spo2"))
                .body("violations.field", hasItem("vitals.temperatureC"));
    }

    @Test
    void invalidLanguageTag() {
        post("{\"patient\":{\"age\":{\"value\":30,\"unit\":\"years\"}},\"complaint\":\"cough\",\"language\":\"english please\"}")
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("language"));
    }

    @Test
    void aBodyOver64KiB() {
        post(withComplaint("a".repeat(65 * 1024))).statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void wrongContentType() {
        given().contentType(ContentType.TEXT).body("chest pain").post("/api/v1/triage").then()
                .statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void invalidIdempotencyKey() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "a".repeat(201)).body(withComplaint("cough"))
                .post("/api/v1/triage").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("header:Idempotency-Key"));
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM).body("title", notNullValue());
        given().delete("/api/v1/triage").then().statusCode(405).contentType(PROBLEM);
    }

    @org.opentriage.testsupport.OllamaStub
    com.github.tomakehurst.wiremock.WireMockServer ollama;

    com.github.tomakehurst.wiremock.WireMockServer ollamaUnavailable() {
        return ollama;
    }
}
