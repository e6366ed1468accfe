package org.opentriage.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays render, parse strictly, and keep the invariants a platform team relies on. */
class KubernetesManifestsTest {

    static final List<String> HEALTH_PATHS = List.of("/q/health/started", "/q/health/live", "/q/health/ready");

    record Workload(String kind, String name, PodTemplateSpec template, Map<String, String> selector) {
    }

    static List<Workload> workloads(List<HasMetadata> objects) {
        List<Workload> out = new ArrayList<>();
        for (HasMetadata o : objects) {
            if (o instanceof Deployment d) {
                out.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getTemplate(),
                        d.getSpec().getSelector().getMatchLabels()));
            } else if (o instanceof StatefulSet s) {
                out.add(new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getTemplate(),
                        s.getSpec().getSelector().getMatchLabels()));
            }
        }
        return out;
    }

    /** Pod labels, including those CloudNativePG puts on the pods of a Cluster. */
    static List<Map<String, String>> podLabels(List<HasMetadata> objects) {
        List<Map<String, String>> labels = new ArrayList<>();
        workloads(objects).forEach(w -> labels.add(w.template().getMetadata().getLabels()));
        objects.stream().filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals("Cluster"))
                .forEach(c -> labels.add(Map.of("cnpg.io/cluster", c.getMetadata().getName())));
        return labels;
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    static <T> Stream<T> ofType(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    static Deployment service(List<HasMetadata> objects) {
        return ofType(objects, Deployment.class).filter(d -> d.getMetadata().getName().equals("triage-service"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerIsLimitedPinnedAndLockedDown(String overlay) throws Exception {
        List<HasMetadata> objects = RenderedManifests.render(overlay);
        assertThat(workloads(objects)).isNotEmpty();
        for (Workload w : workloads(objects)) {
            var pod = w.template().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(w.name() + " runs as non-root").isTrue();
            List<Container> containers = new ArrayList<>(pod.getContainers());
            if (pod.getInitContainers() != null) {
                containers.addAll(pod.getInitContainers());
            }
            for (Container c : containers) {
                String where = w.kind() + " " + w.name() + " container " + c.getName();
                assertThat(c.getResources().getLimits()).as(where + " limits").containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).as(where + " requests").containsKeys("cpu", "memory");
                assertThat(c.getImage()).as(where + " image").contains(":").doesNotEndWith(":latest");
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(where + " read-only root").isTrue();
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(where + " capabilities").containsExactly("ALL");
            }
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void selectorsMatchLabels(String overlay) throws Exception {
        List<HasMetadata> objects = RenderedManifests.render(overlay);
        List<Map<String, String>> pods = podLabels(objects);
        for (Workload w : workloads(objects)) {
            assertThat(selects(w.selector(), w.template().getMetadata().getLabels())).as(w.name() + " selects its own pods").isTrue();
        }
        ofType(objects, Service.class).forEach(s -> assertThat(pods)
                .as("Service " + s.getMetadata().getName() + " selects some pods")
                .anyMatch(labels -> selects(s.getSpec().getSelector(), labels)));
        ofType(objects, PodDisruptionBudget.class).forEach(p -> assertThat(pods)
                .as("PodDisruptionBudget " + p.getMetadata().getName())
                .anyMatch(labels -> selects(p.getSpec().getSelector().getMatchLabels(), labels)));
        ofType(objects, HorizontalPodAutoscaler.class).forEach(h -> assertThat(workloads(objects))
                .as("HPA target").anyMatch(w -> w.kind().equals(h.getSpec().getScaleTargetRef().getKind())
                        && w.name().equals(h.getSpec().getScaleTargetRef().getName())));
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void theNetworkPolicyCoversTheServiceAndOpensOnlyWhatItNeeds(String overlay) throws Exception {
        List<HasMetadata> objects = RenderedManifests.render(overlay);
        Map<String, String> servicePods = service(objects).getSpec().getTemplate().getMetadata().getLabels();
        NetworkPolicy policy = ofType(objects, NetworkPolicy.class)
                .filter(p -> selects(p.getSpec().getPodSelector().getMatchLabels(), servicePods))
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress")).findFirst().orElseThrow();

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).singleElement()
                .satisfies(rule -> assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(8080));
        Map<Integer, List<NetworkPolicyPeer>> egress = new HashMap<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            rule.getPorts().forEach(p -> egress.computeIfAbsent(p.getPort().getIntVal(), k -> new ArrayList<>()).addAll(rule.getTo()));
        }
        assertThat(egress).containsOnlyKeys(5432, 11434, 53);
        List<Map<String, String>> pods = podLabels(objects);
        for (int port : List.of(5432, 11434)) {
            assertThat(egress.get(port)).as("egress on " + port + " reaches a workload of this overlay")
                    .anyMatch(peer -> pods.stream().anyMatch(labels -> selects(peer.getPodSelector().getMatchLabels(), labels)));
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void theServiceIsProbedScrapedAndConfiguredFromTheEnvironment(String overlay) throws Exception {
        List<HasMetadata> objects = RenderedManifests.render(overlay);
        Deployment d = service(objects);
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe()))
                .extracting(p -> p.getHttpGet().getPath()).containsExactlyElementsOf(HEALTH_PATHS);
        assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/q/metrics");

        String configName = c.getEnvFrom().get(0).getConfigMapRef().getName();
        ConfigMap config = ofType(objects, ConfigMap.class).filter(m -> m.getMetadata().getName().equals(configName))
                .findFirst().orElseThrow();
        assertThat(config.getData()).containsKeys("TRIAGE_MODEL_NAME", "QUARKUS_DATASOURCE_REACTIVE_URL",
                "QUARKUS_LANGCHAIN4J_OLLAMA_BASE_URL");
        assertThat(c.getEnv()).extracting(e -> e.getValueFrom().getSecretKeyRef().getName()).containsOnly("triage-db-app");
    }

    @Test
    void productionIsConfiguredToVerifyTokensAndDevSaysOutLoudThatItDoesNot() throws Exception {
        Map<String, String> prod = config(RenderedManifests.render("prod"));
        assertThat(prod).containsKeys("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_AUDIENCE").doesNotContainKey("TRIAGE_AUTH_DISABLED");
        assertThat(prod.get("QUARKUS_OIDC_AUTH_SERVER_URL")).startsWith("https://");
        assertThat(config(RenderedManifests.render("dev"))).containsEntry("TRIAGE_AUTH_DISABLED", "true");

        List<NetworkPolicy> identity = ofType(RenderedManifests.render("prod"), NetworkPolicy.class)
                .filter(p -> p.getMetadata().getName().equals("triage-identity-egress")).toList();
        assertThat(identity).singleElement().satisfies(p -> assertThat(p.getSpec().getEgress()).allSatisfy(rule -> {
            assertThat(rule.getTo()).as("the provider, never an address range").allSatisfy(peer -> {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getNamespaceSelector().getMatchLabels()).isNotEmpty();
                assertThat(peer.getPodSelector().getMatchLabels()).isNotEmpty();
            });
        }));
    }

    private static Map<String, String> config(List<HasMetadata> objects) {
        return ofType(objects, ConfigMap.class).filter(m -> m.getMetadata().getName().startsWith("triage-config"))
                .findFirst().orElseThrow().getData();
    }

    @Test
    void productionUsesCloudNativePgAndAGpuAndCommitsNoSecret() throws Exception {
        List<HasMetadata> objects = RenderedManifests.render("prod");
        assertThat(objects).filteredOn(o -> o.getKind().equals("Cluster")).singleElement()
                .satisfies(c -> assertThat(((Map<?, ?>) ((GenericKubernetesResource) c).getAdditionalProperties().get("spec"))
                        .get("instances")).isEqualTo(3));
        assertThat(ofType(objects, Secret.class)).as("prod secrets come from CloudNativePG").isEmpty();
        StatefulSet ollama = ofType(objects, StatefulSet.class).filter(s -> s.getMetadata().getName().equals("ollama"))
                .findFirst().orElseThrow();
        assertThat(ollama.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits())
                .containsKey("nvidia.com/gpu");
        assertThat(ollama.getSpec().getVolumeClaimTemplates()).isNotEmpty();
    }

    @Test
    void developmentHasItsOwnDatabaseAndOnlyPlaceholderCredentials() throws Exception {
        List<HasMetadata> objects = RenderedManifests.render("dev");
        assertThat(ofType(objects, StatefulSet.class)).extracting(s -> s.getMetadata().getName()).contains("triage-db", "ollama");
        assertThat(ofType(objects, Secret.class)).singleElement().satisfies(s -> assertThat(
                new String(java.util.Base64.getDecoder().decode(s.getData().get("password")))).startsWith("dev-only"));
        assertThat(objects).noneMatch(o -> o.getKind().equals("Cluster"));
    }

    @Test
    void aStrictParseRejectsUnknownFieldsWrongTypesAndUnknownKinds() {
        String base = "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  selector:\n    a: b\n  ports:\n    - port: 80\n";
        assertThat(RenderedManifests.parse(base)).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderedManifests.parse(base + "  colour: blue\n"))
                .hasMessageContaining("colour");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderedManifests.parse(base.replace("port: 80", "port: eighty")))
                .isInstanceOf(Exception.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderedManifests.parse(
                "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}\n")).hasMessageContaining("unknown kind");
    }
}
