package org.opentriage.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;
import org.opentriage.testsupport.SseRecorder;

/** Complaint text never reaches the logs at INFO or above, on the happy path or any failure path. */
@QuarkusTest
class NoPatientDataInLogsTest {

    static final String MARKER = "zebracrossing-7f3a";
    static final String BODY = "{\"patient\":{\"age\":{\"value\":40,\"unit\":\"years\"},\"externalRef\":\"ref-" + MARKER + "\"},"
            + "\"complaint\":\"" + MARKER + " crushing chest pain and sweating\"}";

    @OllamaStub
    WireMockServer ollama;

    @TestHTTPResource("/api/v1/triage/stream")
    URL stream;

    final List<String> logged = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                String message = record.getParameters() == null ? String.valueOf(record.getMessage())
                        : String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters());
                logged.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void complaintTextIsNeverLogged() {
        // A model that echoes the complaint in an answer that fails validation, then one that fails outright.
        OllamaApi.answer(ollama, OllamaApi.assessment(9, "You said " + MARKER, OllamaApi.differential(MARKER, "bad code", 7, false)));
        given().contentType(ContentType.JSON).body(BODY).post("/api/v1/triage").then().statusCode(201);
        OllamaApi.answer(ollama, "not json " + MARKER);
        given().contentType(ContentType.JSON).body(BODY).post("/api/v1/triage").then().statusCode(201);
        OllamaApi.answer(ollama, OllamaApi.serverError());
        given().contentType(ContentType.JSON).body(BODY).post("/api/v1/triage").then().statusCode(201);
        OllamaApi.answer(ollama, OllamaApi.streaming("{\"advice\":\"" + MARKER, 200));
        try (SseRecorder sse = SseRecorder.post(stream.toString(), BODY)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
        }
        given().contentType(ContentType.JSON).body(BODY.replace("crushing", "\u0000")).post("/api/v1/triage").then().statusCode(400);

        assertThat(logged).as("records at INFO or above were captured").isNotEmpty();
        assertThat(logged).noneMatch(line -> line.contains(MARKER));
    }
}
