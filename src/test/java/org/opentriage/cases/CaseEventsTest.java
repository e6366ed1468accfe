package org.opentriage.cases;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.EmbeddedPostgresResource;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.SseRecorder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/v1/cases/events: a 'case' event for each creation and change, whoever made it. */
@QuarkusTest
class CaseEventsTest {

    @OllamaStub
    WireMockServer ollama;

    @TestHTTPResource("/api/v1/cases/events")
    URL events;

    @Test
    void createdAndChangedCasesAreStreamed() {
        OllamaApi.answer(ollama, OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false)));
        try (SseRecorder sse = SseRecorder.open(events.toString())) {
            await().atMost(Duration.ofSeconds(5)).until(sse::connected);

            String id = given().contentType(ContentType.JSON).body(Requests.CHEST_PAIN).post("/api/v1/triage")
                    .then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sse.events())
                    .anyMatch(e -> e.name().equals("case") && e.data().contains(id) && e.data().contains("\"status\":\"open\"")));

            given().header("X-Actor", "nurse.asha").post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sse.events())
                    .anyMatch(e -> e.data().contains(id) && e.data().contains("\"status\":\"in_review\"")));
        }
    }

    @Test
    void anErasedCaseIsAnnouncedSoThatDashboardsDropIt() {
        OllamaApi.answer(ollama, OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false)));
        String id = given().contentType(ContentType.JSON).body(Requests.adult("Sore throat since yesterday").replace("app-user-123", "erase-me-live"))
                .post("/api/v1/triage").then().statusCode(201).extract().path("id");
        try (SseRecorder sse = SseRecorder.open(events.toString())) {
            await().atMost(Duration.ofSeconds(5)).until(sse::connected);

            given().contentType(ContentType.JSON).body("{\"externalRef\":\"erase-me-live\"}").post("/api/v1/erasures")
                    .then().statusCode(200).body("cases", org.hamcrest.Matchers.equalTo(1));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sse.events())
                    .anyMatch(e -> e.name().equals("erased") && e.data().equals("{\"id\":\"" + id + "\"}")));
            assertThat(sse.events()).noneMatch(e -> e.data().contains("Sore throat"));
        }
    }

    @Test
    void aNotificationFromAnotherConnectionReachesTheStream() throws Exception {
        OllamaApi.answer(ollama, OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false)));
        String id = given().contentType(ContentType.JSON).body(Requests.SORE_THROAT).post("/api/v1/triage")
                .then().statusCode(201).extract().path("id");
        try (SseRecorder sse = SseRecorder.open(events.toString())) {
            await().atMost(Duration.ofSeconds(5)).until(sse::connected);

            // Another replica changes the case and notifies, over its own connection.
            try (Connection other = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl())) {
                other.createStatement().executeUpdate("update triage_case set disposition = 'from another replica' where id = '" + id + "'");
                other.createStatement().execute("NOTIFY triage_case, '" + id + "'");
            }

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sse.events())
                    .anyMatch(e -> e.name().equals("case") && e.data().contains(id) && e.data().contains("from another replica")));
        }
    }
}
