package org.opentriage.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.Chromium;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.OllamaStub;

/** The nurse dashboard in a real browser: Debian's Chromium driven by Playwright. */
@QuarkusTest
class DashboardBrowserTest {

    static Chromium chromium;
    static Browser browser;

    @OllamaStub
    WireMockServer ollama;

    @TestHTTPResource("/")
    URL dashboard;

    Page page;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void open() {
        OllamaApi.answer(ollama, OllamaApi.assessment(5, "Rest.", OllamaApi.differential("Common cold", "J00", 0.6, false)));
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1024, 900));
        page.navigate(dashboard.toString());
        page.locator("#nurse").fill("nurse.asha");
        page.locator("#nurse").dispatchEvent("change");
        assertThat(page.locator("#connection")).hasText("Live");
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    static String create(String complaint, int age) {
        return given().contentType(ContentType.JSON)
                .body("{\"patient\":{\"age\":{\"value\":" + age + ",\"unit\":\"years\"}},\"complaint\":\"" + complaint + "\","
                        + "\"vitals\":{\"respiratoryRate\":24,\"spo2\":93,\"systolicBp\":105,\"heartRate\":118,"
                        + "\"consciousness\":\"alert\",\"temperatureC\":38.6}}")
                .post("/api/v1/triage").then().statusCode(201).extract().path("id");
    }

    Locator row(String id) {
        return page.locator("li.case[data-id='" + id + "']");
    }

    @Test
    void aNewEmergencyAppearsLiveAndIsAnnounced() throws Exception {
        String id = create("Crushing chest pain and sweating for twenty minutes", 61);

        assertThat(row(id)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2000));
        assertThat(row(id).locator(".badge")).hasText("1 Ambulance now");
        assertThat(row(id)).containsText("acs chest pain");
        assertThat(row(id)).containsText("NEWS2");
        assertThat(page.locator("#announcer")).containsText("New emergency: level 1");
        String first = row(id).locator(".wait").textContent();
        page.waitForTimeout(1100);
        assertThat(row(id).locator(".wait")).not().hasText(first);

        Files.createDirectories(Path.of("target"));
        row(id).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#detail")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard.png")).setFullPage(true));
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicyAndRunsUnderIt() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
        List<String> violations = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.reload();
        assertThat(page.locator("#connection")).hasText("Live");
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    @Test
    void anOverrideChangesTheLevelAndShowsInTheAuditTrail() {
        String id = create("Sore throat and a runny nose", 30);
        assertThat(row(id)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2000));

        row(id).click();
        assertThat(page.locator("#audit")).containsText("created");
        page.locator("#override-level").selectOption("2");
        page.locator("#override-reason").fill("Called back: drooling and muffled voice");
        page.locator("#override button").click();

        assertThat(row(id).locator(".badge")).hasText("2 Emergency dept");
        assertThat(page.locator("#audit")).containsText("nurse.asha overridden (level 1 → 2): Called back: drooling and muffled voice");
        assertThat(page.locator("#audit")).containsText("nurse.asha viewed");
    }

    @Test
    void aResolvedCaseLeavesTheQueue() {
        String id = create("Sore throat for two days", 25);
        assertThat(row(id)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2000));

        row(id).click();
        page.locator("#claim").click();
        assertThat(row(id)).containsText("in review");
        page.locator("#resolve-disposition").fill("self-care advice confirmed by phone");
        page.locator("#resolve button").click();

        assertThat(row(id)).hasCount(0);
        assertThat(page.locator("#audit")).containsText("resolved: self-care advice confirmed by phone");
    }
}
