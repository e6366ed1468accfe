package org.opentriage.eval;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.SseRecorder;

/** Two replicas of the packaged application on one database: a case created on one reaches the other's stream. */
class CrossReplicaEventsIT {

    @Test
    void aCaseCreatedOnOneReplicaAppearsOnTheOthersEventStream() throws Exception {
        WireMockServer ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ollama.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(5,
                    "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false))))));
            ollama.stubFor(get(urlEqualTo("/api/tags")).willReturn(okJson("{\"models\":[]}")));
            var env = PackagedApp.environment(postgres.getPort(), ollama.baseUrl(), OllamaApi.MODEL, "10s");
            try (PackagedApp a = PackagedApp.start(env); PackagedApp b = PackagedApp.start(env);
                 SseRecorder onB = SseRecorder.open(b.url("/api/v1/cases/events"))) {
                await().atMost(Duration.ofSeconds(5)).until(onB::connected);

                HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(a.url("/api/v1/triage")))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Requests.CHEST_PAIN)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(created.statusCode()).isEqualTo(201);
                String id = created.headers().firstValue("Location").orElseThrow().replace("/api/v1/triage/", "");

                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(onB.events())
                        .anyMatch(e -> e.name().equals("case") && e.data().contains(id)));
            }
        } finally {
            ollama.stop();
        }
    }
}
