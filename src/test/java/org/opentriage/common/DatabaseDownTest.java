package org.opentriage.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaStubResource;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.StoppablePostgresResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With the database gone: 503 with Retry-After, and readiness fails. */
@QuarkusTest
@TestProfile(DatabaseDownTest.OwnDatabase.class)
class DatabaseDownTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgresResource.class),
                    new TestResourceEntry(OllamaStubResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void answers503WithRetryAfterAndReadinessFails() {
        given().get("/q/health/ready").then().statusCode(200);

        StoppablePostgresResource.stopDatabase();

        given().contentType(ContentType.JSON).body(Requests.SORE_THROAT).post("/api/v1/triage").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));
        given().get("/api/v1/triage/00000000-0000-0000-0000-000000000000").then().statusCode(503)
                .header("Retry-After", notNullValue());
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
