package org.opentriage.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;

/**
 * Benchmark, not a test: the first page of the nurse queue through the packaged service with
 * {@code bench.cases} (default 1,000,000) stored cases. Prints p50/p95/p99. Run with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=QueueBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class QueueBenchmarkIT {

    @Test
    void firstPageOfTheQueue() throws Exception {
        int total = Integer.getInteger("bench.cases", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 2000);
        WireMockServer ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var env = PackagedApp.environment(postgres.getPort(), ollama.baseUrl(), OllamaApi.MODEL, "10s");
            try (PackagedApp app = PackagedApp.start(env)) {
                long t0 = System.nanoTime();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("alter table case_audit disable trigger all");
                    s.executeUpdate("""
                            insert into triage_case (id, created_at, updated_at, status, level, source, floor_level, request_hash,
                              language, intake, assessment, model_name, prompt_version, model_degraded, version)
                            select gen_random_uuid(), now() - (g || ' seconds')::interval, now(),
                              case when g % 10 = 0 then 'OPEN' when g % 10 = 1 then 'IN_REVIEW' else 'RESOLVED' end,
                              1 + (g % 5), 'RULES', 1 + (g % 5), md5(g::text), 'en',
                              '{"patient":{"age":{"value":40,"unit":"years"}},"complaint":"generated case"}'::jsonb,
                              '{"redFlags":[],"news2":null,"differentials":[],"followUpQuestions":[],"advice":"Rest."}'::jsonb,
                              'llama3.1:8b', 'triage-v1', false, 0
                            from generate_series(1, """ + total + ") g");
                    s.execute("alter table case_audit enable trigger all");
                    s.execute("analyze triage_case");
                    try (ResultSet rs = s.executeQuery("select count(*) filter (where status <> 'RESOLVED'), count(*) from triage_case")) {
                        rs.next();
                        System.out.printf("%n%d cases stored (%d open or in review) in %d s%n", rs.getLong(2), rs.getLong(1),
                                (System.nanoTime() - t0) / 1_000_000_000);
                    }
                }
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest first = HttpRequest.newBuilder(URI.create(app.url("/api/v1/cases?limit=50"))).build();
                for (int i = 0; i < 200; i++) {
                    http.send(first, HttpResponse.BodyHandlers.discarding());
                }
                long[] micros = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.send(first, HttpResponse.BodyHandlers.ofString());
                    micros[i] = (System.nanoTime() - start) / 1_000;
                    if (r.statusCode() != 200) {
                        throw new AssertionError("HTTP " + r.statusCode());
                    }
                }
                Arrays.sort(micros);
                System.out.printf("GET /api/v1/cases?limit=50, %d requests, one client: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n%n",
                        rounds, micros[rounds / 2] / 1000.0, micros[(int) (rounds * 0.95)] / 1000.0,
                        micros[(int) (rounds * 0.99)] / 1000.0, micros[rounds - 1] / 1000.0);
            }
        } finally {
            ollama.stop();
        }
    }
}
