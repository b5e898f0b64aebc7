package io.tempora.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RecordKeyAndPartitionerTest {

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }

    @Property
    void aKeyReadsBackAsWritten(@ForAll("uuids") UUID organization, @ForAll("uuids") UUID entity) {
        RecordKey key = RecordKey.of(organization, entity);
        assertEquals(key, RecordKey.parse(key.toString()));
    }

    @Property
    void everyEntityOfOneOrganizationLandsOnTheSamePartition(@ForAll("uuids") UUID organization,
                                                              @ForAll("uuids") UUID first,
                                                              @ForAll("uuids") UUID second,
                                                              @ForAll @IntRange(min = 1, max = 64) int partitions) {
        int partition = OrganizationPartitioner.partitionFor(RecordKey.of(organization, first).toString(), partitions);

        assertEquals(partition, OrganizationPartitioner.partitionFor(RecordKey.of(organization, second).toString(), partitions));
        // the same partition Kafka's default partitioner gives a key made of the organization id alone
        byte[] organizationBytes = organization.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(Utils.toPositive(Utils.murmur2(organizationBytes)) % partitions, partition);
    }

    @Test
    void organizationsSpreadOverAllPartitions() {
        boolean[] used = new boolean[Topics.PARTITIONS];
        for (int i = 0; i < 200; i++) {
            used[OrganizationPartitioner.partitionFor(RecordKey.of(UUID.randomUUID(), UUID.randomUUID()).toString(),
                    Topics.PARTITIONS)] = true;
        }
        for (int partition = 0; partition < used.length; partition++) {
            assertEquals(true, used[partition], "partition " + partition + " never chosen among 200 organizations");
        }
    }

    @Test
    void aKeyWithoutOrganizationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecordKey.parse(UUID.randomUUID().toString()));
        assertThrows(IllegalArgumentException.class,
                () -> OrganizationPartitioner.partitionFor("not-a-key", Topics.PARTITIONS));
    }

    @Test
    void topicNamesFollowTheOwnerEntityVersionRule() {
        assertThrows(IllegalArgumentException.class,
                () -> new TopicSpec("Bookings", TopicSpec.Kind.EVENTS, 1, Topics.EVENT_RETENTION));
        Topics.ALL.forEach(topic -> assertEquals(topic, Topics.byName(topic.name()).orElseThrow()));
    }
}
