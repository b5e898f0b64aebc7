package io.tempora.persistence.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tempora.contracts.OrganizationPartitioner;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends outbox rows to Kafka with an idempotent producer and reports which ones the broker
 * acknowledged. Records of one key stay in order: they share a partition, the producer keeps
 * at most five requests in flight with idempotence, and a batch stops at the first record the
 * producer refuses to queue.
 */
@ApplicationScoped
@RegisterForReflection(targets = OrganizationPartitioner.class)
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private KafkaProducer<String, String> producer;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    /** Publishes the rows in order; the item is the ids the broker acknowledged. */
    Uni<List<UUID>> publish(List<PendingRecord> records) {
        Context caller = Vertx.currentContext();
        Uni<List<UUID>> sent = Uni.createFrom().completionStage(() -> sendAll(records))
                // send() may block while it fetches metadata from a broker that is down
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return caller == null ? sent : sent.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private CompletableFuture<List<UUID>> sendAll(List<PendingRecord> records) {
        KafkaProducer<String, String> kafka = producer();
        List<CompletableFuture<UUID>> acknowledgements = new ArrayList<>(records.size());
        for (PendingRecord record : records) {
            CompletableFuture<UUID> acknowledged = new CompletableFuture<>();
            try {
                kafka.send(toProducerRecord(record), (metadata, failure) -> {
                    if (failure != null) {
                        LOG.debugf(failure, "outbox record %s to %s not acknowledged", record.id(), record.topic());
                    }
                    acknowledged.complete(failure == null ? record.id() : null);
                });
            } catch (RuntimeException refused) {
                LOG.debugf(refused, "Kafka refused outbox record %s to %s", record.id(), record.topic());
                break;
            }
            acknowledgements.add(acknowledged);
        }
        return CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                // not on the producer's I/O thread, which completes the futures: close() may run below
                .thenApplyAsync(ignored -> {
                    List<UUID> acknowledged = acknowledgements.stream().map(CompletableFuture::join)
                            .filter(Objects::nonNull).toList();
                    if (acknowledged.size() < records.size()) {
                        LOG.warnf("Kafka acknowledged %d of %d outbox records; the rest are retried",
                                acknowledged.size(), records.size());
                        // a producer whose batches expired may stay in a failed state: start afresh
                        close();
                    }
                    return acknowledged;
                }, Infrastructure.getDefaultWorkerPool());
    }

    private static ProducerRecord<String, String> toProducerRecord(PendingRecord record) {
        ProducerRecord<String, String> producerRecord = new ProducerRecord<>(record.topic(), record.key(), record.payload());
        producerRecord.headers()
                .add("id", record.id().toString().getBytes(StandardCharsets.UTF_8))
                .add("type", record.type().getBytes(StandardCharsets.UTF_8));
        return producerRecord;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            long deliveryTimeout = config.deliveryTimeout().toMillis();
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout);
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(deliveryTimeout / 2, 10_000));
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(deliveryTimeout / 2, 5_000));
            settings.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, OrganizationPartitioner.class.getName());
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(settings);
        }
        return producer;
    }
}
