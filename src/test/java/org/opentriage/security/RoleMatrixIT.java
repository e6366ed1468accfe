package org.opentriage.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;
import org.opentriage.testsupport.Tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service, production profile, verifying tokens with a static public key: every
 * endpoint × every kind of caller gets the expected status, and nothing crosses between clients.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern SESSION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final String INTAKE = """
            {"patient":{"age":{"value":34,"unit":"years"},"sex":"female","externalRef":"patient-a"},"message":"I have a sore throat"}""";

    static final String DASHBOARD_ORIGIN = "https://dashboard.clinic.example";

    final Tokens tokens = new Tokens();
    WireMockServer ollama;
    EmbeddedPostgres postgres;
    PackagedApp app;

    /** Who calls: a name for the report, and the Authorization header (null: none). */
    record Who(String name, String authorization) {
        @Override
        public String toString() {
            return name;
        }
    }

    Who clientA;
    Who clientB;
    Who nurse;
    Who admin;
    Who nobody;
    List<Who> badTokens;
    String caseOfA;
    String intakeOfA;

    @BeforeAll
    void start() throws Exception {
        ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        ollama.stubFor(get(urlEqualTo("/api/tags")).willReturn(okJson("{\"models\":[]}")));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBody(OllamaApi.streamedChat("How long have you had it?", 6))));
        ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("false")))
                .willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4, "See your doctor this week.",
                        OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false))))));
        postgres = EmbeddedPostgres.builder().start();
        Map<String, String> env = new HashMap<>(PackagedApp.environment(postgres.getPort(), ollama.baseUrl(), OllamaApi.MODEL, "10s"));
        env.remove("TRIAGE_AUTH_DISABLED");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", tokens.publicKey());
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", Tokens.ISSUER);
        env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", Tokens.AUDIENCE);
        env.put("TRIAGE_RATE_LIMIT_REQUESTS_PER_MINUTE", "6");
        env.put("TRIAGE_RATE_LIMIT_BURST", "10");
        env.put("QUARKUS_HTTP_CORS_ORIGINS", DASHBOARD_ORIGIN);
        app = PackagedApp.start(env);

        clientA = bearer("client A", tokens.forClient("app-a", "triage-client"));
        clientB = bearer("client B", tokens.forClient("app-b", "triage-client"));
        nurse = bearer("nurse", tokens.forPerson("nurse.asha", "nurse"));
        admin = bearer("admin", tokens.forPerson("admin.ravi", "admin"));
        nobody = new Who("no token", null);
        String[] all = {"triage-client", "nurse", "admin"};
        badTokens = List.of(
                bearer("expired token", tokens.expired("app-a", all)),
                bearer("wrong issuer", tokens.wrongIssuer("app-a", all)),
                bearer("wrong audience", tokens.wrongAudience("app-a", all)),
                bearer("wrong signature", tokens.wrongSignature("app-a", all)),
                bearer("unsigned token", tokens.unsigned("app-a", all)),
                new Who("not a JWT", "Bearer not-a-token"));

        HttpResponse<String> created = send(clientA, "POST", "/api/v1/triage", Requests.SORE_THROAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        caseOfA = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> intake = send(clientA, "POST", "/api/v1/intake", INTAKE);
        assertThat(intake.statusCode()).isEqualTo(200);
        Matcher m = SESSION_ID.matcher(intake.body());
        assertThat(m.find()).as(intake.body()).isTrue();
        intakeOfA = m.group(1);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (ollama != null) {
            ollama.stop();
        }
    }

    /** An endpoint, and what each kind of caller gets from it. */
    record Endpoint(String method, String path, String body, int clientA, int clientB, int nurse, int admin) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    List<Endpoint> endpoints() {
        String override = "{\"level\":2,\"reason\":\"called back\"}";
        String resolve = "{\"disposition\":\"advised\"}";
        return List.of(
                new Endpoint("POST", "/api/v1/triage", Requests.SORE_THROAT, 201, 201, 403, 403),
                new Endpoint("POST", "/api/v1/triage/stream", Requests.SORE_THROAT, 200, 200, 403, 403),
                new Endpoint("GET", "/api/v1/triage/" + caseOfA, null, 200, 404, 403, 403),
                new Endpoint("POST", "/api/v1/triage/" + caseOfA + "/answers",
                        "{\"answers\":[{\"id\":\"general.choking\",\"value\":false}]}", 200, 404, 403, 403),
                new Endpoint("GET", "/api/v1/screening?presentation=chest_pain&age=54", null, 200, 200, 200, 403),
                new Endpoint("POST", "/api/v1/intake", INTAKE, 200, 200, 403, 403),
                new Endpoint("GET", "/api/v1/intake/" + intakeOfA, null, 200, 404, 403, 403),
                new Endpoint("POST", "/api/v1/intake/" + intakeOfA + "/messages", "{\"text\":\"two days\"}", 200, 200, 403, 403),
                new Endpoint("POST", "/api/v1/intake/" + intakeOfA + "/finish", null, 200, 404, 403, 403),
                new Endpoint("GET", "/api/v1/cases", null, 403, 403, 200, 403),
                new Endpoint("GET", "/api/v1/cases/events", null, 403, 403, 200, 403),
                new Endpoint("GET", "/api/v1/cases/" + caseOfA, null, 403, 403, 200, 403),
                new Endpoint("POST", "/api/v1/cases/" + caseOfA + "/claim", null, 403, 403, 200, 403),
                new Endpoint("POST", "/api/v1/cases/" + caseOfA + "/override", override, 403, 403, 200, 403),
                new Endpoint("POST", "/api/v1/cases/" + caseOfA + "/resolve", resolve, 403, 403, 200, 403),
                new Endpoint("GET", "/api/v1/cases/" + caseOfA + "/audit", null, 403, 403, 200, 403),
                new Endpoint("POST", "/api/v1/erasures", "{\"externalRef\":\"nobody-at-all\",\"reference\":\"DPDP-1\"}", 403, 403, 403, 200),
                new Endpoint("GET", "/api/v1/erasures", null, 403, 403, 403, 200));
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            rows.add(Arguments.of(e, clientA, e.clientA()));
            rows.add(Arguments.of(e, clientB, e.clientB()));
            rows.add(Arguments.of(e, nurse, e.nurse()));
            rows.add(Arguments.of(e, admin, e.admin()));
            rows.add(Arguments.of(e, nobody, 401));
            for (Who bad : badTokens) {
                rows.add(Arguments.of(e, bad, 401));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsItsRoleAllows(Endpoint e, Who who, int expected) throws Exception {
        int status = status(who, e.method(), e.path(), e.body());
        assertThat(status).as("%s as %s", e, who).isEqualTo(expected);
    }

    @ParameterizedTest(name = "platform path {0} needs no token")
    @MethodSource("platformPaths")
    void healthMetricsOpenApiAndTheDashboardPageNeedNoToken(String path) throws Exception {
        assertThat(status(nobody, "GET", path, null)).isEqualTo(200);
    }

    static Stream<String> platformPaths() {
        return Stream.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/", "/dashboard.js",
                "/api/v1/clinical-knowledge");
    }

    @Test
    void aClientSeesNoneOfAnotherClientsCasesAndNoSignOfThem() throws Exception {
        HttpResponse<String> asB = send(clientB, "GET", "/api/v1/triage/" + caseOfA, null);
        HttpResponse<String> unknown = send(clientB, "GET", "/api/v1/triage/00000000-0000-0000-0000-000000000000", null);
        assertThat(asB.statusCode()).isEqualTo(404);
        assertThat(asB.body()).doesNotContain("sore throat").doesNotContain("app-user-123");
        // Another client's case and a case that does not exist look the same, apart from the id.
        assertThat(asB.body().replace(caseOfA, "ID")).isEqualTo(unknown.body().replace("00000000-0000-0000-0000-000000000000", "ID"));

        HttpResponse<String> asA = send(clientA, "GET", "/api/v1/triage/" + caseOfA, null);
        assertThat(asA.statusCode()).isEqualTo(200);
        assertThat(asA.body()).contains("Sore throat");
    }

    @Test
    void aClientCannotReadOrContinueAnotherClientsIntake() throws Exception {
        HttpResponse<String> started = send(clientA, "POST", "/api/v1/intake", INTAKE.replace("sore throat", "painful ear"));
        Matcher m = SESSION_ID.matcher(started.body());
        assertThat(m.find()).isTrue();
        String session = m.group(1);

        HttpResponse<String> intruding = send(clientB, "POST", "/api/v1/intake/" + session + "/messages", "{\"text\":\"I am someone else\"}");
        assertThat(intruding.body()).contains("event:error").contains("\"status\":404").doesNotContain("painful ear");
        assertThat(send(clientB, "GET", "/api/v1/intake/" + session, null).statusCode()).isEqualTo(404);
        HttpResponse<String> own = send(clientA, "GET", "/api/v1/intake/" + session, null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("painful ear").doesNotContain("someone else");
    }

    @Test
    void anIdempotencyKeyBelongsToOneClient() throws Exception {
        HttpResponse<String> a = send(clientA, "POST", "/api/v1/triage", Requests.CHEST_PAIN, "Idempotency-Key", "order-1");
        HttpResponse<String> b = send(clientB, "POST", "/api/v1/triage", Requests.SORE_THROAT, "Idempotency-Key", "order-1");
        assertThat(a.statusCode()).isEqualTo(201);
        assertThat(b.statusCode()).as("B's first use of the key creates B's own case").isEqualTo(201);
        assertThat(JSON.readTree(b.body()).get("id").asText()).isNotEqualTo(JSON.readTree(a.body()).get("id").asText());
        assertThat(b.body()).doesNotContain("Crushing chest pain");
    }

    @Test
    void theAuditTrailNamesTheNurseFromHerTokenNotFromAHeader() throws Exception {
        HttpResponse<String> created = send(clientA, "POST", "/api/v1/triage", Requests.CHEST_PAIN);
        String id = JSON.readTree(created.body()).get("id").asText();
        send(nurse, "POST", "/api/v1/cases/" + id + "/claim", null, "X-Actor", "someone.else");
        JsonNode audit = JSON.readTree(send(nurse, "GET", "/api/v1/cases/" + id + "/audit", null).body());
        List<String> actors = new ArrayList<>();
        audit.forEach(entry -> actors.add(entry.get("actor").asText()));
        assertThat(actors).containsExactly("client:app-a", "nurse.asha");
    }

    @Test
    void aClientStartingTooManyTriagesGets429WithRetryAfter() throws Exception {
        Who burst = bearer("bursting client", tokens.forClient("app-burst", "triage-client"));
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = send(burst, "POST", "/api/v1/triage", Requests.SORE_THROAT);
            if (i < 10) {
                assertThat(last.statusCode()).as("request %d within the burst", i + 1).isEqualTo(201);
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);
        // Another client is not held back by this one.
        assertThat(send(clientB, "POST", "/api/v1/triage", Requests.SORE_THROAT).statusCode()).isEqualTo(201);
    }

    @Test
    void a401IsAProblemWithABearerChallenge() throws Exception {
        HttpResponse<String> r = send(badTokens.get(0), "GET", "/api/v1/cases", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> forbidden = send(clientA, "GET", "/api/v1/cases", null);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void onlyTheDashboardsOriginMayCallFromABrowser() throws Exception {
        HttpResponse<String> allowed = preflight(DASHBOARD_ORIGIN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD_ORIGIN);

        HttpResponse<String> foreign = preflight("https://phishing.example");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> read = send(nurse, "GET", "/api/v1/cases", null, "Origin", "https://phishing.example");
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("Sore throat");
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/cases")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
    }

    private Who bearer(String name, String token) {
        return new Who(name, "Bearer " + token);
    }

    /** The status only: streams are closed as soon as their headers arrive. */
    private int status(Who who, String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = HTTP.send(request(who, method, path, body), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return r.statusCode();
    }

    private HttpResponse<String> send(Who who, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request(who, method, path, body), (n, v) -> true);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(Who who, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(20));
        if (who.authorization() != null) {
            b.header("Authorization", who.authorization());
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return b.build();
    }
}
