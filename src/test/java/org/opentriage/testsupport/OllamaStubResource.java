package org.opentriage.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server speaking Ollama's HTTP API shape, the way quarkus-langchain4j tests itself.
 * Tests stub {@code POST /api/chat} per scenario through {@link OllamaApi}.
 */
public class OllamaStubResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().asynchronousResponseEnabled(true));
        server.start();
        // A short model deadline, so that the timeout scenario runs in seconds, against the packaged jar too.
        return Map.of("quarkus.langchain4j.ollama.base-url", server.baseUrl(), "triage.model.timeout", "3s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(OllamaStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
