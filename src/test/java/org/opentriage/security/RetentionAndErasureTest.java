package org.opentriage.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.privacy.ErasureService;
import org.opentriage.privacy.ErasureView;
import org.opentriage.testsupport.Database;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Retention erases old resolved cases; an erasure request erases one patient; tombstones stay, without health data. */
@QuarkusTest
class RetentionAndErasureTest {

    static final String COMPLAINT = "Itchy rash on both forearms after gardening";

    @OllamaStub
    WireMockServer ollama;

    @Inject
    ErasureService erasure;

    @BeforeEach
    void model() {
        OllamaApi.answer(ollama, OllamaApi.assessment(4, "See your doctor this week.",
                OllamaApi.differential("Contact dermatitis", "L25.9", 0.7, false)));
    }

    static String create(String externalRef) {
        String body = "{\"patient\":{\"age\":{\"value\":41,\"unit\":\"years\"},\"externalRef\":\"" + externalRef + "\"},"
                + "\"complaint\":\"" + COMPLAINT + "\"}";
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/triage").then().statusCode(201).extract().path("id");
    }

    static void resolve(String id) {
        given().header("X-Actor", "nurse.asha").post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
        given().header("X-Actor", "nurse.asha").contentType(ContentType.JSON)
                .body(Map.of("disposition", "self-care advice given", "note", "rash on forearms, no fever"))
                .post("/api/v1/cases/" + id + "/resolve").then().statusCode(200);
    }

    static void age(String id, String column, Duration by) throws SQLException {
        Database.execute("update triage_case set " + column + " = " + column + " - interval '" + by.toDays()
                + " days' where id = '" + id + "'");
    }

    ErasureView retention() {
        return erasure.eraseExpired().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void retentionErasesResolvedCasesPastTheirAgeAndKeepsATombstoneWithoutHealthData() throws Exception {
        String old = create("retention-old");
        resolve(old);
        age(old, "resolved_at", Duration.ofDays(91));
        String recent = create("retention-recent");
        resolve(recent);
        String oldButOpen = create("retention-open");
        age(oldButOpen, "created_at", Duration.ofDays(400));

        ErasureView done = retention();

        assertThat(done.cases()).isGreaterThanOrEqualTo(1);
        given().get("/api/v1/cases/" + old).then().statusCode(404);
        given().get("/api/v1/cases/" + recent).then().statusCode(200);
        given().get("/api/v1/cases/" + oldButOpen).then().statusCode(200).body("status", equalTo("open"));
        assertThat(Database.count("select count(*) from case_audit where case_id = '" + old + "'")).isZero();

        String tombstone = Database.dump("select * from erasure_audit where subject_id = '" + old + "'");
        assertThat(tombstone).contains("retention").contains("case").contains("retention-job");
        assertThat(Database.count("select audit_entries from erasure_audit where subject_id = '" + old + "'"))
                .as("created, claimed, resolved").isEqualTo(3);
        assertThat(tombstone).doesNotContain("rash").doesNotContain("forearms").doesNotContain("retention-old");
    }

    @Test
    void retentionErasesIntakeSessionsThatNeverBecameACase() throws Exception {
        String start = """
                {"patient":{"age":{"value":30,"unit":"years"},"externalRef":"intake-stale"},"message":"my knee hurts"}""";
        String events = given().contentType(ContentType.JSON).body(start).post("/api/v1/intake").then().statusCode(200)
                .extract().asString();
        long before = Database.count("select count(*) from intake_session where patient ->> 'externalRef' = 'intake-stale'");
        Database.execute("update intake_session set expires_at = now() - interval '2 days' "
                + "where patient ->> 'externalRef' = 'intake-stale'");

        retention();

        assertThat(events).contains("session");
        assertThat(before).isEqualTo(1);
        assertThat(Database.count("select count(*) from intake_session where patient ->> 'externalRef' = 'intake-stale'")).isZero();
        assertThat(Database.dump("select * from erasure_audit where subject = 'intake_session'")).doesNotContain("knee");
    }

    @Test
    void anErasureRequestRemovesOnePatientsCasesAndSessionsAndIsItselfLogged() throws Exception {
        String first = create("patient-to-erase");
        String second = create("patient-to-erase");
        resolve(second);
        String someoneElse = create("patient-to-keep");
        given().contentType(ContentType.JSON)
                .body("{\"patient\":{\"age\":{\"value\":41,\"unit\":\"years\"},\"externalRef\":\"patient-to-erase\"},\"message\":\"rash again\"}")
                .post("/api/v1/intake").then().statusCode(200);

        JsonPath result = given().header("X-Actor", "admin.ravi").contentType(ContentType.JSON)
                .body(Map.of("externalRef", "patient-to-erase", "reference", "DPDP-2026-0042"))
                .post("/api/v1/erasures").then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("cases")).isEqualTo(2);
        assertThat(result.getInt("intakeSessions")).isEqualTo(1);
        given().get("/api/v1/triage/" + first).then().statusCode(404);
        given().get("/api/v1/triage/" + second).then().statusCode(404);
        given().get("/api/v1/triage/" + someoneElse).then().statusCode(200);
        assertThat(Database.count("select count(*) from triage_case where external_ref = 'patient-to-erase'")).isZero();
        assertThat(Database.count("select count(*) from intake_session where patient ->> 'externalRef' = 'patient-to-erase'")).isZero();

        JsonPath log = given().get("/api/v1/erasures?limit=10").then().statusCode(200).extract().jsonPath();
        assertThat(log.getString("[0].subject")).isEqualTo("request");
        assertThat(log.getString("[0].actor")).isEqualTo("admin.ravi");
        assertThat(log.getString("[0].reference")).isEqualTo("DPDP-2026-0042");
        assertThat(log.getString("[0].externalRefSha256"))
                .isEqualTo(sha256("patient-to-erase"));
        assertThat(log.getList("subjectId", String.class)).contains(first, second);
        assertThat(given().get("/api/v1/erasures?limit=50").asString()).doesNotContain("patient-to-erase").doesNotContain("rash");
    }

    @Test
    void anErasureForAnUnknownPatientIsLoggedAndErasesNothing() {
        long cases = Database.cases();
        given().contentType(ContentType.JSON).body(Map.of("externalRef", "no-such-patient"))
                .post("/api/v1/erasures").then().statusCode(200).body("cases", equalTo(0)).body("intakeSessions", equalTo(0));
        assertThat(Database.cases()).isEqualTo(cases);
        given().get("/api/v1/erasures?limit=1").then().statusCode(200).body("[0].subject", equalTo("request"));
    }

    @Test
    void anErasureRequestWithoutAPatientReferenceIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"reference\":\"x\"}").post("/api/v1/erasures").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/erasures?limit=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theAuditTrailsCannotBeRewrittenOutsideAnErasure() throws Exception {
        String id = create("append-only");
        assertThatThrownBy(() -> Database.execute("delete from case_audit where case_id = '" + id + "'"))
                .hasMessageContaining("append-only");
        given().contentType(ContentType.JSON).body(Map.of("externalRef", "append-only")).post("/api/v1/erasures").then().statusCode(200);
        assertThatThrownBy(() -> Database.execute("delete from erasure_audit")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> Database.execute("update erasure_audit set actor = 'someone'")).hasMessageContaining("append-only");
    }

    static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
