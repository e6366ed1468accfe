package org.opentriage.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test shares one embedded PostgreSQL and one Ollama stand-in, and runs without sign-in. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OllamaStubResource.class)
@QuarkusTestResource(AuthDisabledResource.class)
public final class TestResources {

    private TestResources() {
    }
}
