package io.tempora.persistence.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tempora.contracts.OrganizationPartitioner;
import io.tempora.contracts.RecordKey;
import io.tempora.kit.tracing.RecordTracing;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends outbox rows to Kafka with an idempotent producer and reports which ones the broker
 * acknowledged. Records of one organization and topic share a partition and are sent strictly one
 * after the other, so their order on the topic is the order they were written, also when Kafka
 * fails part of a batch.
 */
@ApplicationScoped
@RegisterForReflection(targets = OrganizationPartitioner.class)
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private final Tracer tracer;
    private KafkaProducer<String, String> producer;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config,
                           Tracer tracer) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.tracer = tracer;
    }

    /**
     * What became of a batch.
     *
     * @param acknowledged the rows the broker acknowledged
     * @param refused      the rows the broker refused for good (not a timeout or an unavailable
     *                     broker, which pass), with why
     */
    record Delivery(List<UUID> acknowledged, Map<UUID, String> refused) {
    }

    /** Publishes the rows in order. */
    Uni<Delivery> publish(List<PendingRecord> records) {
        Context caller = Vertx.currentContext();
        Uni<Delivery> sent = Uni.createFrom().completionStage(() -> sendAll(records))
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

    /**
     * Sends each organization's records of a topic one after the other, the next only once the
     * broker has acknowledged the previous: a record that fails stops the rest of its line, so a
     * later change can never reach the topic before an earlier one. Different lines go in parallel.
     */
    private CompletableFuture<Delivery> sendAll(List<PendingRecord> records) {
        KafkaProducer<String, String> kafka = producer();
        Map<String, List<PendingRecord>> lines = new LinkedHashMap<>();
        for (PendingRecord record : records) {
            lines.computeIfAbsent(record.topic() + " " + organizationOf(record.key()), line -> new ArrayList<>())
                    .add(record);
        }
        List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<UUID, String> refused = new ConcurrentHashMap<>();
        CompletableFuture<?>[] sending = lines.values().stream()
                .map(line -> sendInOrder(kafka, line, 0, acknowledged, refused))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(sending)
                // not on the producer's I/O thread, which completes the futures: close() may run below
                .thenApplyAsync(ignored -> {
                    if (acknowledged.size() < records.size()) {
                        LOG.warnf("Kafka acknowledged %d of %d outbox records; the rest are retried",
                                acknowledged.size(), records.size());
                        // a producer whose batches expired may stay in a failed state: start afresh
                        close();
                    }
                    return new Delivery(List.copyOf(acknowledged), Map.copyOf(refused));
                }, Infrastructure.getDefaultWorkerPool());
    }

    private CompletableFuture<Void> sendInOrder(KafkaProducer<String, String> kafka, List<PendingRecord> line,
                                                int next, List<UUID> acknowledged, Map<UUID, String> refused) {
        if (next == line.size()) {
            return CompletableFuture.completedFuture(null);
        }
        PendingRecord record = line.get(next);
        CompletableFuture<Boolean> sent = new CompletableFuture<>();
        Span publishing = startPublishing(record);
        try {
            kafka.send(toProducerRecord(record, publishing), (metadata, failure) -> {
                if (failure != null) {
                    LOG.debugf(failure, "outbox record %s to %s not acknowledged", record.id(), record.topic());
                    noteRefusal(record, failure, refused);
                    publishing.recordException(failure).setStatus(StatusCode.ERROR);
                }
                publishing.end();
                sent.complete(failure == null);
            });
        } catch (RuntimeException failure) {
            LOG.debugf(failure, "Kafka refused outbox record %s to %s", record.id(), record.topic());
            noteRefusal(record, failure, refused);
            publishing.recordException(failure).setStatus(StatusCode.ERROR).end();
            sent.complete(false);
        }
        return sent.thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(null);
            }
            acknowledged.add(record.id());
            return sendInOrder(kafka, line, next + 1, acknowledged, refused);
        });
    }

    /** A failure that sending again will not cure counts against the record; a broker away or slow does not. */
    private static void noteRefusal(PendingRecord record, Throwable failure, Map<UUID, String> refused) {
        if (!(failure instanceof RetriableException)) {
            refused.put(record.id(), failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private static String organizationOf(String recordKey) {
        return RecordKey.parse(recordKey).organizationId().toString();
    }

    /** The span of sending a change made in a traced request, in that request's trace; a no-op span for one made outside. */
    private Span startPublishing(PendingRecord record) {
        if (record.traceparent() == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("outbox publishes to " + record.topic())
                .setParent(RecordTracing.parentFrom(record.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.message.key", record.key())
                .startSpan();
    }

    /** Consumers continue the trace from the publishing span, or from the request when publishing is not traced here. */
    private static ProducerRecord<String, String> toProducerRecord(PendingRecord record, Span publishing) {
        ProducerRecord<String, String> producerRecord = new ProducerRecord<>(record.topic(), record.key(), record.payload());
        producerRecord.headers()
                .add("id", record.id().toString().getBytes(StandardCharsets.UTF_8))
                .add("type", record.type().getBytes(StandardCharsets.UTF_8));
        String traceparent = publishing.getSpanContext().isValid()
                ? RecordTracing.traceparentOf(io.opentelemetry.context.Context.root().with(publishing)) : record.traceparent();
        if (traceparent != null) {
            producerRecord.headers().add(RecordTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return producerRecord;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            // a line has one record in flight at a time, so waiting for more to batch with it only
            // delays it and every record behind it (at 5 ms, one organization's topic carried about
            // 150 records/s)
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
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
