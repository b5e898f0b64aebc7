package io.tempora.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Puts every record of one organization on the same partition, whatever the entity, so that
 * consumers see an organization's changes in order. Keys are {@link RecordKey}s; the partition is
 * the murmur2 hash of the organization part, as Kafka's default partitioner would compute for a
 * key made of the organization id alone.
 */
public class OrganizationPartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
                         Cluster cluster) {
        if (key == null) {
            throw new IllegalArgumentException("records on " + topic + " need a key <organizationId>/<entityId>");
        }
        return partitionFor(key.toString(), cluster.partitionCountForTopic(topic));
    }

    /** The partition of a record key among {@code partitionCount} partitions. */
    public static int partitionFor(String recordKey, int partitionCount) {
        byte[] organization = RecordKey.organizationPart(recordKey).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(organization)) % partitionCount;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure: the partition depends on the key alone
    }

    @Override
    public void close() {
        // holds no resources
    }
}
