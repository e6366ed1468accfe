package org.opentriage.eval;

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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentriage.patient.TriageRequest;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.ScreenedVignette;
import org.opentriage.testsupport.Screens;
import org.opentriage.testsupport.TriageScore;
import org.opentriage.testsupport.Vignette;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

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
            for (boolean screened : new boolean[] {false, true}) {
                String how = screened ? "every screening question answered no" : "as told, no screening answers";
                TriageScore score = new TriageScore("Model " + model.strip() + (real ? " at " + ollamaUrl : " (stand-in that always says self-care)")
                        + ", " + suite.size() + " vignettes through the packaged service, " + how);
                int degraded = evaluate(model.strip(), suite, score, real, screened);
                System.out.println(score.report() + "degraded answers: " + degraded + " of " + suite.size() + "\n");

                assertThat(score.underTriaged()).as("emergencies answered below level 2 with " + model + ", " + how).isEmpty();
                if (!screened) {
                    // No self care on an unasked question (contract invariant 4)
                    assertThat(score.selfCareAnswers()).as("cases at level 5 without a complete screen").isZero();
                } else if (!real) {
                    assertThat(score.overTriageRate()).isLessThanOrEqualTo(0.10);
                }
                if (!real) {
                    assertThat(degraded).isZero();
                }
            }
        }
    }

    /**
     * The vignettes nobody here tuned on (written by a helper who never saw the rules), each with
     * the answers its patient would give to the service's questions: per set, the level as told
     * (no answers) and after the screen is answered. Reported, not asserted, except the invariant:
     * without answers nothing is self care.
     */
    @Test
    void vignettesNobodyTunedOnAsToldAndAfterTheScreen() throws Exception {
        boolean real = standIn == null;
        String model = System.getProperty("eval.models", OllamaApi.MODEL).split(",")[0].strip();
        List<ScreenedVignette> all = ScreenedVignette.load();
        StringBuilder table = new StringBuilder("\n=== Screened vignettes, model " + model
                + (real ? "" : " (stand-in that always says self-care)") + ", knowledge base " + KB_VERSION + " ===\n"
                + "| set | n | answers | emergent at level <= 2 | urgent or routine at 3-4 | self care at 5 | three-group accuracy | any case at level 5 |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        String timeout = System.getProperty("eval.timeout", real ? "120s" : "10s");
        StringBuilder misses = new StringBuilder("Development set, misses:\n");
        try (PackagedApp app = PackagedApp.start(PackagedApp.environment(postgres.getPort(), ollamaUrl, model, timeout))) {
            for (String set : List.of("dev", "heldout", "heldout-semigran")) {
                List<ScreenedVignette> part = all.stream().filter(v -> set.equals("heldout-semigran")
                        ? v.set().equals("heldout") && v.id().startsWith("SEM-") : v.set().equals(set)).toList();
                for (boolean withAnswers : new boolean[] {false, true}) {
                    int[] hit = new int[3];
                    int[] total = new int[3];
                    int correct = 0;
                    int atFive = 0;
                    for (ScreenedVignette v : part) {
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(v.request(withAnswers))))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).as("answer to vignette " + v.id()).isEqualTo(201);
                        JsonNode answered = JSON.readTree(response.body());
                        int level = answered.path("triage").path("level").asInt();
                        int g = List.of("emergent", "non_emergent", "self_care").indexOf(v.group());
                        total[g]++;
                        if (ScreenedVignette.groupOf(level).equals(v.group())) {
                            hit[g]++;
                            correct++;
                        } else if (set.equals("dev")) {
                            // the development set's misses, to learn from; the held-out set's are never listed
                            List<String> flags = new ArrayList<>();
                            answered.path("redFlags").forEach(f -> flags.add(f.path("code").asText()));
                            misses.append(String.format(Locale.ROOT, "  %s %s (gold %d %s) -> %d %s%n", v.id(),
                                    withAnswers ? "with answers" : "as told", v.level(), v.condition(), level, flags));
                        }
                        if (level == 5) {
                            atFive++;
                        }
                        if (!withAnswers) {
                            assertThat(level).as("vignette %s without answers (no self care on an unasked question)", v.id())
                                    .isLessThan(5);
                        }
                    }
                    table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %d |%n", set, part.size(),
                            withAnswers ? "truthful" : "none", share(hit[0], total[0]), share(hit[1], total[1]),
                            share(hit[2], total[2]), share(correct, part.size()), atFive));
                }
            }
        }
        System.out.println(table);
        System.out.println(misses);
    }

    static final String KB_VERSION = org.opentriage.rules.KnowledgeBaseLoader.standard().version();

    static String share(int hit, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%.0f %%)", hit, total, 100.0 * hit / total);
    }

    private int evaluate(String model, List<Vignette> suite, TriageScore score, boolean real, boolean screened) throws Exception {
        String timeout = System.getProperty("eval.timeout", real ? "120s" : "10s");
        StringBuilder misses = new StringBuilder("Development set, misses:\n");
        try (PackagedApp app = PackagedApp.start(PackagedApp.environment(postgres.getPort(), ollamaUrl, model, timeout))) {
            int threads = Integer.getInteger("eval.concurrency", real ? 1 : 4);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (Vignette v : suite) {
                answers.add(pool.submit(() -> triage(app, v, screened)));
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

    private static JsonNode triage(PackagedApp app, Vignette v, boolean screened) throws IOException, InterruptedException {
        TriageRequest body = screened ? v.request().withAnswers(Screens.negativeAnswers(v.request())) : v.request();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("answer to vignette " + v.id()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
