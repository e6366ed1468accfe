package org.opentriage.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every HTTP probe path in the manifests answers 200 in the running application. */
@QuarkusTest
class ProbePathsTest {

    @Test
    void probePathsExistInTheApplication() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<HasMetadata> objects = RenderedManifests.render(overlay);
            Deployment d = objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                    .filter(x -> x.getMetadata().getName().equals("triage-service")).findFirst().orElseThrow();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            List<String> paths = Stream.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())
                    .map(p -> p.getHttpGet().getPath()).toList();
            assertThat(paths).hasSize(3);
            for (String path : paths) {
                given().get(path).then().statusCode(200);
            }
            String scrape = d.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/path");
            given().get(scrape).then().statusCode(200);
        }
    }
}
