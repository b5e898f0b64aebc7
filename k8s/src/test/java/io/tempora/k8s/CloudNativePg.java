package io.tempora.k8s;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The part of CloudNativePG's {@code postgresql.cnpg.io/v1} schema that these manifests use, field
 * names and types as in its CRD reference: CloudNativePG publishes no Java model. Read strictly,
 * so a misspelt or misplaced field fails.
 */
final class CloudNativePg {

    private CloudNativePg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, String primaryUpdateStrategy, Storage storage,
                       ResourceRequirements resources, Postgresql postgresql, Managed managed, Monitoring monitoring) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters, Synchronous synchronous) {
    }

    /** Quorum-based synchronous replication (CloudNativePG 1.24+): {@code method} any or first. */
    record Synchronous(String method, int number, String dataDurability) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, boolean login, LocalObjectReference passwordSecret) {
    }

    record LocalObjectReference(String name) {
    }

    record Monitoring(boolean enablePodMonitor) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(LocalObjectReference cluster, String name, String owner) {
    }
}
