package org.opentriage.eval;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;

/** The model is chosen with TRIAGE_MODEL_NAME when the packaged application starts: no rebuild. */
class ModelChoiceIT {

    @Test
    void thePackagedApplicationAsksForTheModelTheEnvironmentNames() throws Exception {
        String model = "qwen2.5:7b-instruct";
        WireMockServer ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ollama.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4,
                    "Book an appointment.", OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false))))));
            ollama.stubFor(get(urlEqualTo("/api/tags")).willReturn(okJson("{\"models\":[{\"name\":\"" + model + "\"}]}")));
            try (PackagedApp app = PackagedApp.start(PackagedApp.environment(postgres.getPort(), ollama.baseUrl(), model, "10s"))) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Requests.SORE_THROAT)).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(201);
                assertThat(response.body()).contains("\"name\":\"" + model + "\"").contains("\"degraded\":false");
                ollama.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.model", WireMock.equalTo(model))));
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/q/health/ready")))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains(model).contains("\"modelAvailable\": true");
            }
        } finally {
            ollama.stop();
        }
    }
}
