package org.opentriage.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentriage.testsupport.Chromium;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;

/**
 * With an OIDC provider (a WireMock stand-in speaking discovery, JWKS, authorize and token): a
 * nurse signs in to the dashboard with the authorization-code flow and works the queue under her
 * own name, while an app's bearer token is verified against the provider's keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSignInIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REALM = "/realms/clinic";

    WireMockServer idp;
    WireMockServer ollama;
    EmbeddedPostgres postgres;
    PackagedApp app;
    KeyPair key;
    String issuer;

    @BeforeAll
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        idp = new WireMockServer(wireMockConfig().dynamicPort());
        idp.start();
        issuer = idp.baseUrl() + REALM;
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) key.getPublic());
        jwk.setKeyId("k1");
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        idp.stubFor(get(urlEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer))));
        idp.stubFor(get(urlEqualTo(REALM + "/certs")).willReturn(okJson("{\"keys\":[" + jwk.toJson() + "]}")));
        // The provider signs the nurse in at once and sends the browser back with a code and the state it was given.
        idp.stubFor(get(urlPathEqualTo(REALM + "/auth")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=the-code&state={{request.query.state}}")
                .withTransformers("response-template")));
        idp.stubFor(post(urlEqualTo(REALM + "/token")).willReturn(okJson("""
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":600}"""
                .formatted(token("triage-service", "nurse.meera", "triage-dashboard", "nurse"),
                        token("triage-dashboard", "nurse.meera", "triage-dashboard", "nurse")))));

        ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        ollama.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(OllamaApi.chatResponse(OllamaApi.assessment(4, "See your doctor.",
                OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false))))));
        postgres = EmbeddedPostgres.builder().start();
        Map<String, String> env = new HashMap<>(PackagedApp.environment(postgres.getPort(), ollama.baseUrl(), OllamaApi.MODEL, "10s"));
        env.remove("TRIAGE_AUTH_DISABLED");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", "triage-service");
        env.put("TRIAGE_DASHBOARD_SIGN_IN", "true");
        env.put("TRIAGE_DASHBOARD_CLIENT_SECRET", "dashboard-secret");
        app = PackagedApp.start(env);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (idp != null) {
            idp.stop();
        }
        if (ollama != null) {
            ollama.stop();
        }
    }

    @Test
    void inABrowserTheDashboardOffersSignInThenShowsTheQueueUnderTheNursesName() throws Exception {
        String appToken = token("triage-service", "app-b", "app-b", "triage-client");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                .header("Authorization", "Bearer " + appToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.CHEST_PAIN)).build(), HttpResponse.BodyHandlers.ofString());
        String id = JSON.readTree(created.body()).get("id").asText();

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            assertThat(page.locator("#connection")).hasText("Sign in to see the queue");
            assertThat(page.locator("#nurse-label")).isHidden();
            page.locator("#sign-in").click();

            page.waitForURL(app.url("/"));
            assertThat(page.locator("#signed-in")).hasText("nurse.meera");
            assertThat(page.locator("#sign-out")).isVisible();
            assertThat(page.locator("#sign-in")).isHidden();
            assertThat(page.locator("#queue li[data-id='" + id + "']")).isVisible();
            assertThat(page.locator("#connection")).hasText("Live");
        }
    }

    String token(String audience, String subject, String azp, String role) {
        return Jwt.issuer(issuer).audience(audience).subject(subject).claim("azp", azp)
                .claim("preferred_username", subject).groups(Set.of(role))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600))
                .jws().keyId("k1").sign(key.getPrivate());
    }

    @Test
    void aNurseSignsInWithTheCodeFlowAndHerActionsCarryHerName() throws Exception {
        idp.resetRequests();
        String appToken = token("triage-service", "app-a", "app-a", "triage-client");
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> created = plain.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/triage")))
                .header("Authorization", "Bearer " + appToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.SORE_THROAT)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();

        // Without a session, the API answers 401 (no redirect), which the dashboard turns into "Sign in".
        assertThat(plain.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/cases"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.uri().getPath()).isEqualTo("/");
        assertThat(signIn.body()).contains("Triage queue");
        idp.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(REALM + "/token")));

        JsonNode me = JSON.readTree(browser.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/me"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(me.get("name").asText()).isEqualTo("nurse.meera");
        assertThat(me.get("signInDisabled").asBoolean()).isFalse();

        HttpResponse<String> queue = browser.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/cases"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(id);

        HttpResponse<String> claim = browser.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/cases/" + id + "/claim")))
                .header("X-Actor", "someone.else").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(claim.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(claim.body()).at("/review/claimedBy").asText()).isEqualTo("nurse.meera");

        // The nurse's session opens the nurse's endpoints only.
        HttpResponse<String> erasure = browser.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/erasures"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(erasure.statusCode()).isEqualTo(403);
    }
}
