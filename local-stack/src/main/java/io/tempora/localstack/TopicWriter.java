package io.tempora.localstack;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.OrganizationPartitioner;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.TopicSpec;

/**
 * Writes records as another service's outbox would: what a test uses to feed a consumer with
 * snapshots whose producer is not under test.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.PARTITIONER_CLASS_CONFIG, OrganizationPartitioner.class.getName(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Sends a snapshot or event in its envelope and waits for the broker's acknowledgement. */
    public void publish(TopicSpec topic, RecordKey key, String type, Object payload) {
        publish(topic, key, new EventEnvelope<>(UUID.randomUUID(), key.organizationId(), type, Instant.now(), 1, payload));
    }

    /** Sends an envelope as it is: sending one twice is how a test shows a consumer applies it once. */
    public void publish(TopicSpec topic, RecordKey key, EventEnvelope<?> envelope) {
        send(new ProducerRecord<>(topic.name(), key.toString(), EventJson.write(envelope)));
    }

    /** A record whose value is whatever text a test needs, readable or not: a poison record. */
    public void publishRaw(TopicSpec topic, RecordKey key, String value) {
        send(new ProducerRecord<>(topic.name(), key.toString(), value));
    }

    public void tombstone(TopicSpec topic, RecordKey key) {
        send(new ProducerRecord<>(topic.name(), key.toString(), null));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
