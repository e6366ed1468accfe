package org.opentriage.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad input against the packaged application. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
