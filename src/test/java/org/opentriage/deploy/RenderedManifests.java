package org.opentriage.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomize overlay with {@code kubectl kustomize} and parses it strictly with the
 * fabric8 model: a field the model does not know, a wrong type or an unknown kind fails.
 */
final class RenderedManifests {

    /** Custom resources we deploy on purpose, with the spec fields we use. */
    static final Map<String, Set<String>> ALLOWED_CUSTOM_KINDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "storage",
                    "postgresql", "affinity", "resources", "monitoring", "backup"));

    private RenderedManifests() {
    }

    static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        assumeTrue(kubectlAvailable(), "kubectl is not installed: the Kubernetes manifest checks are skipped");
        Process p = new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/" + overlay).start();
        String yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize k8s/overlays/" + overlay + " failed: " + errors);
        }
        return parse(yaml);
    }

    static List<HasMetadata> parse(String yaml) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> objects = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.isBlank()) {
                continue;
            }
            HasMetadata object = serialization.unmarshal(doc, HasMetadata.class);
            String kind = object.getApiVersion() + "/" + object.getKind();
            if (object instanceof GenericKubernetesResource generic) {
                Set<String> allowed = ALLOWED_CUSTOM_KINDS.get(kind);
                if (allowed == null) {
                    throw new AssertionError("unknown kind " + kind + " (" + object.getMetadata().getName() + ")");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> spec = (Map<String, Object>) generic.getAdditionalProperties().get("spec");
                for (String field : spec.keySet()) {
                    if (!allowed.contains(field)) {
                        throw new AssertionError(kind + " has an unknown spec field " + field);
                    }
                }
            } else {
                rejectUnknownFields(object, kind + " " + object.getMetadata().getName(), new IdentityHashMap<>());
            }
            objects.add(object);
        }
        return objects;
    }

    /** fabric8 keeps fields it does not know in additionalProperties; a strict parse allows none. */
    private static void rejectUnknownFields(Object node, String path, IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                rejectUnknownFields(item, path + "[" + i++ + "]", seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> rejectUnknownFields(v, path + "." + k, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(node);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        throw new AssertionError(path + " has fields unknown to Kubernetes: " + extra.keySet());
                    }
                } else {
                    rejectUnknownFields(value, path + "." + field.getName(), seen);
                }
            }
        }
    }
}
