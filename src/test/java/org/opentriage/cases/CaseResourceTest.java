package org.opentriage.cases;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.EmbeddedPostgresResource;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.Requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The nurse workflow: queue order, state machine, overrides, audit trail. */
@QuarkusTest
class CaseResourceTest {

    @OllamaStub
    WireMockServer ollama;

    static final String NURSE = "nurse.asha";

    @BeforeEach
    void modelSaysSelfCare() {
        OllamaApi.answer(ollama, OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false)));
    }

    static String create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/triage").then().statusCode(201)
                .extract().path("id");
    }

    static String nurse(String verb, String id, Object body) {
        var request = given().header("X-Actor", NURSE).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/v1/cases/" + id + "/" + verb).then().extract().asString();
    }

    @Test
    void theQueueListsTheMostUrgentFirstThenTheLongestWaiting() {
        String selfCare1 = create(Requests.SORE_THROAT);
        String emergency = create(Requests.CHEST_PAIN);
        String selfCare2 = create(Requests.SORE_THROAT);
        List<String> order = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("limit", 2).queryParam("status", "open,in_review");
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            order.addAll(page.getList("items.id"));
            List<Integer> levels = page.getList("items.triage.level");
            assertThat(levels).isSorted();
            cursor = page.getString("next");
        } while (cursor != null);

        assertThat(order).doesNotHaveDuplicates();
        assertThat(order.indexOf(emergency)).isLessThan(order.indexOf(selfCare1));
        assertThat(order.indexOf(selfCare1)).isLessThan(order.indexOf(selfCare2));
    }

    @Test
    void aCaseGoesFromOpenToReviewToResolvedAndEveryStepIsAudited() {
        String id = create(Requests.SORE_THROAT);

        given().header("X-Actor", NURSE).get("/api/v1/cases/" + id).then().statusCode(200).body("status", equalTo("open"));
        given().header("X-Actor", NURSE).contentType(ContentType.JSON).post("/api/v1/cases/" + id + "/resolve").then().statusCode(400);
        given().header("X-Actor", NURSE).post("/api/v1/cases/" + id + "/resolve").then().statusCode(415);
        given().header("X-Actor", NURSE).contentType(ContentType.JSON).body(Map.of("disposition", "advice given"))
                .post("/api/v1/cases/" + id + "/resolve").then().statusCode(409).contentType("application/problem+json");
        given().header("X-Actor", NURSE).post("/api/v1/cases/" + id + "/claim").then().statusCode(200)
                .body("status", equalTo("in_review")).body("review.claimedBy", equalTo(NURSE));
        given().header("X-Actor", "nurse.ravi").post("/api/v1/cases/" + id + "/claim").then().statusCode(409)
                .contentType("application/problem+json");
        given().header("X-Actor", NURSE).contentType(ContentType.JSON).body(Map.of("level", 2))
                .post("/api/v1/cases/" + id + "/override").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().header("X-Actor", NURSE).contentType(ContentType.JSON).body(Map.of("level", 2, "reason", "Called back: stridor"))
                .post("/api/v1/cases/" + id + "/override").then().statusCode(200)
                .body("triage.level", equalTo(2)).body("triage.code", equalTo("emergency")).body("triage.source", equalTo("nurse"));
        given().header("X-Actor", NURSE).contentType(ContentType.JSON)
                .body(Map.of("disposition", "referred to emergency department", "note", "ambulance booked"))
                .post("/api/v1/cases/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("resolved")).body("review.disposition", equalTo("referred to emergency department"))
                .body("review.resolvedAt", notNullValue());
        given().header("X-Actor", NURSE).contentType(ContentType.JSON).body(Map.of("level", 1, "reason", "late"))
                .post("/api/v1/cases/" + id + "/override").then().statusCode(409);

        JsonPath audit = given().get("/api/v1/cases/" + id + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("action", String.class)).containsExactly("created", "viewed", "claimed", "overridden", "resolved");
        assertThat(audit.getList("actor", String.class)).containsExactly("client:unauthenticated", NURSE, NURSE, NURSE, NURSE);
        assertThat(audit.getInt("[3].details.levelBefore")).isEqualTo(5);
        assertThat(audit.getInt("[3].details.levelAfter")).isEqualTo(2);
        assertThat(audit.getString("[3].details.reason")).isEqualTo("Called back: stridor");
        assertThat(audit.getString("[0].at")).isNotBlank();

        List<String> open = given().queryParam("limit", 200).get("/api/v1/cases").then().extract().jsonPath().getList("items.id");
        assertThat(open).doesNotContain(id);
        List<String> resolved = given().queryParam("status", "resolved").queryParam("limit", 200).get("/api/v1/cases")
                .then().extract().jsonPath().getList("items.id");
        assertThat(resolved).contains(id);
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() throws Exception {
        String id = create(Requests.SORE_THROAT);
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl())) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update case_audit set actor = 'x' where case_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from case_audit where case_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void badQueueParametersAndUnknownCasesAreProblems() {
        given().queryParam("status", "closed").get("/api/v1/cases").then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        given().queryParam("limit", 0).get("/api/v1/cases").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("limit", 201).get("/api/v1/cases").then().statusCode(400);
        given().queryParam("limit", "abc").get("/api/v1/cases").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().post("/api/v1/cases/" + java.util.UUID.randomUUID() + "/claim").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/cases/" + java.util.UUID.randomUUID() + "/audit").then().statusCode(404);
    }
}
