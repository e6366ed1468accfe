package org.opentriage.triage;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same scenarios against the packaged application (the jar, or the native binary with -Pnative). */
@QuarkusIntegrationTest
class TriageResourceIT extends TriageResourceTest {
}
