package org.opentriage.eval;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.TriageScore;
import org.opentriage.testsupport.Vignette;

/**
 * The evaluation a clinic runs before trusting a model: every vignette goes through the packaged
 * service (rules, model, database) and the report shows a confusion matrix of levels,
 * under-triage of emergencies, over-triage of the rest and top-3 diagnosis hits, per model.
 *
 * <p>In the test command it runs against a stand-in model that always answers "self-care" (the
 * worst case for safety), so it cannot rot. Against a real Ollama:
 * <pre>
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=VignetteEvaluationIT \
 *     -Deval.ollama.url=http://localhost:11434 -Deval.models=llama3.1:8b,qwen2.5:7b
 * </pre>
 * Options: {@code eval.filter} (a regular expression over vignette ids, e.g. {@code S-.*} for the
 * Semigran set), {@code eval.timeout} (per answer, default 120s), {@code eval.concurrency}.
 */
class VignetteEvaluationIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static EmbeddedPostgres postgres;
    static WireMockServer standIn;
    static String ollamaUrl;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        ollamaUrl = System.getProperty("eval.ollama.url");
        if (ollamaUrl == null || ollamaUrl.isBlank()) {
            standIn = new WireMockServer(wireMockConfig().dynamicPort());
            standIn.start();
            standIn.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(5,
                    "Rest at home and drink fluids.", OllamaApi.differential("Viral upper respiratory infection", "J06.9", 0.6, false))))));
            standIn.stubFor(get(urlEqualTo("/api/tags")).willReturn(okJson(
                    "{\"models\":[{\"name\":\"" + OllamaApi.MODEL + "\"}]}")));
            ollamaUrl = standIn.baseUrl();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (standIn != null) {
            standIn.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void evaluatesEveryModelOnTheVignetteSuite() throws Exception {
        boolean real = standIn == null;
        List<String> models = List.of(System.getProperty("eval.models", OllamaApi.MODEL).split(","));
        Pattern filter = Pattern.compile(System.getProperty("eval.filter", ".*"));
        List<Vignette> suite = Vignette.load().stream().filter(v -> filter.matcher(v.id()).matches()).toList();
        for (String model : models) {
            TriageScore score = new TriageScore("Model " + model.strip() + (real ? " at " + ollamaUrl : " (stand-in that always says self-care)")
                    + ", " + suite.size() + " vignettes through the packaged service");
            int degraded = evaluate(model.strip(), suite, score, real);
            System.out.println(score.report() + "degraded answers: " + degraded + " of " + suite.size() + "\n");

            assertThat(score.underTriaged()).as("emergencies answered below level 2 with " + model).isEmpty();
            if (!real) {
                assertThat(score.overTriageRate()).isLessThanOrEqualTo(0.10);
                assertThat(degraded).isZero();
            }
        }
    }

    private int evaluate(String model, List<Vignette> suite, TriageScore score, boolean real) throws Exception {
        String timeout = System.getProperty("eval.timeout", real ? "120s" : "10s");
        try (PackagedApp app = PackagedApp.start(PackagedApp.environment(postgres.getPort(), ollamaUrl, model, timeout))) {
            int threads = Integer.getInteger("eval.concurrency", real ? 1 : 4);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (Vignette v : suite) {
                answers.add(pool.submit(() -> triage(app, v)));
            }
            int degraded = 0;
            for (int i = 0; i < suite.size(); i++) {
                JsonNode c = answers.get(i).get();
                List<String> conditions = new ArrayList<>();
                c.path("differentials").forEach(d -> conditions.add(d.path("condition").asText()));
                score.add(suite.get(i), c.path("triage").path("level").asInt(), conditions);
                if (c.path("model").path("degraded").asBoolean()) {
                    degraded++;
                }
            }
            pool.shutdown();
            return degraded;
        }
    }

    private static JsonNode triage(PackagedApp app, Vignette v) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(v.request())))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("answer to vignette " + v.id()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
