package org.opentriage.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test shares one embedded PostgreSQL and one Ollama stand-in. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OllamaStubResource.class)
public final class TestResources {

    private TestResources() {
    }
}
