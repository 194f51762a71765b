package dev.tandem.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;

/**
 * Checks objects against the Kubernetes API model of fabric8 (and its model of the Prometheus operator's PodMonitor):
 * the class of their apiVersion and kind must read them, and no field may be left over. fabric8's classes keep unknown
 * fields in additionalProperties instead of failing, so every object of the read tree is searched for them.
 */
final class KubernetesModel {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "monitoring.coreos.com/v1/PodMonitor", PodMonitor.class);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private KubernetesModel() {
    }

    static boolean knows(Manifest manifest) {
        return KINDS.containsKey(manifest.apiVersion() + "/" + manifest.kind());
    }

    /** What is wrong with the object, one line a finding; empty when the model reads all of it. */
    static List<String> problems(Manifest manifest) {
        Class<?> type = KINDS.get(manifest.apiVersion() + "/" + manifest.kind());
        if (type == null) {
            return List.of(manifest.describe() + ": no model for " + manifest.apiVersion() + " " + manifest.kind());
        }
        Object read;
        try {
            read = MAPPER.treeToValue(manifest.body(), type);
        } catch (Exception e) {
            return List.of(manifest.describe() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        leftOver(read, "", manifest, problems);
        return problems;
    }

    private static void leftOver(Object value, String path, Manifest manifest, List<String> problems) {
        if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object element : list) {
                leftOver(element, path + "[" + index++ + "]", manifest, problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> leftOver(element, path + "[" + key + "]", manifest, problems));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
            BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
            for (BeanPropertyDefinition property : bean.findProperties()) {
                if (property.hasGetter()) {
                    leftOver(property.getGetter().getValue(value), path + "/" + property.getName(), manifest, problems);
                }
            }
            if (bean.findAnyGetter() != null && bean.findAnyGetter().getValue(value) instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                problems.add(manifest.describe() + ": unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "/" : path));
            }
        }
    }
}
