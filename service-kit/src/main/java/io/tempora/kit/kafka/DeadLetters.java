package io.tempora.kit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.tempora.contracts.DeadLetterHeaders;
import io.tempora.contracts.TopicSpec;
import io.tempora.kit.concurrency.Pause;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.tracing.RecordTracing;

/**
 * How a consumer applies a record without ever losing it: a failure is tried again with a growing
 * pause for as long as a database switchover, a lost race or a neighbour away lasts
 * ({@code tempora.consumer.retry-for}); a record that keeps failing,
 * or cannot succeed (it cannot even be read), goes to the consumer's dead-letter topic with the
 * error and the topic it came from in its headers, counted in
 * {@code tempora.consumer.dead.letters{consumer}}, and the consumer goes on with the next. The
 * offset moves on only once the dead letter is acknowledged. Re-drive with
 * {@code io.tempora.localstack.Redrive} (docs/operations.md).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final String DEAD_LETTERS_METRIC = "tempora.consumer.dead.letters";

    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry metrics;
    private final ConsumerRetryConfig retry;
    private final Clock clock;
    private final Tracer tracer;
    private KafkaProducer<String, String> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics,
                       ConsumerRetryConfig retry, Clock clock, Tracer tracer) {
        this.kafkaConfig = kafkaConfig;
        this.metrics = metrics;
        this.retry = retry;
        this.clock = clock;
        this.tracer = tracer;
    }

    /**
     * How one consumer applies its records: its name (for the metric, the dead letters' header and
     * the spans) and its dead-letter topic, declared once. Its dead-letter counter starts at 0, so
     * that alerts and dashboards see it before the first dead letter.
     */
    public Channel channel(String consumer, TopicSpec deadLetters) {
        metrics.counter(DEAD_LETTERS_METRIC, "consumer", consumer);
        return new Channel(consumer, deadLetters);
    }

    /** One consumer's {@link DeadLetters}. */
    public final class Channel {

        private final String consumer;
        private final TopicSpec deadLetters;

        private Channel(String consumer, TopicSpec deadLetters) {
            this.consumer = consumer;
            this.deadLetters = deadLetters;
        }

        /** Applies the record with {@code apply}, trying again on failure; parks it when it keeps failing or can never succeed. */
        public Uni<Void> applyOrPark(ConsumerRecord<String, String> record, Supplier<Uni<Void>> apply) {
            return DeadLetters.this.applyOrPark(consumer, deadLetters, record, apply);
        }

        /**
         * Applies a batch in one go, trying again on failure; when it keeps failing, applies its
         * records one by one, parking only those that fail on their own.
         *
         * @param apply applies some of the records, in one transaction
         */
        public Uni<Void> applyBatchOrOneByOne(Iterable<ConsumerRecord<String, String>> records,
                                              Function<List<ConsumerRecord<String, String>>, Uni<Void>> apply) {
            return DeadLetters.this.applyBatchOrOneByOne(consumer, deadLetters, records, apply);
        }
    }

    private Uni<Void> applyOrPark(String consumer, TopicSpec deadLetters, ConsumerRecord<String, String> record,
                                 Supplier<Uni<Void>> apply) {
        return traced(consumer, List.of(record), attempt(apply)
                .onFailure().recoverWithUni(failure -> park(consumer, deadLetters, record, failure)));
    }

    /**
     * One span per record for the time its application takes, in the trace of the change it
     * carries (docs/operations.md); one that fails for good (parking failed too) is marked as an error.
     */
    private Uni<Void> traced(String consumer, List<ConsumerRecord<String, String>> records, Uni<Void> applying) {
        List<Span> spans = records.stream().map(record -> RecordTracing.startApplying(tracer, consumer, record)).toList();
        return applying
                .onFailure().invoke(failure -> spans.forEach(span -> span.recordException(failure).setStatus(StatusCode.ERROR)))
                .onTermination().invoke(() -> spans.forEach(Span::end));
    }

    /** Tries until {@link ConsumerRetryConfig#retryFor()} has passed since the first failure. */
    private Uni<Void> attempt(Supplier<Uni<Void>> apply) {
        return Uni.createFrom().deferred(apply::get)
                .onFailure(DeadLetters::worthRetrying)
                .recoverWithUni(failure -> retry(apply, Instant.now(clock).plus(retry.retryFor()), 1));
    }

    /** Pauses run on a Vert.x timer and the next attempt on the caller's context, where Hibernate Reactive needs it. */
    private Uni<Void> retry(Supplier<Uni<Void>> apply, Instant giveUpAt, int attempt) {
        return Pause.onContext(pauseAfter(attempt))
                .chain(() -> Uni.createFrom().deferred(apply::get))
                .onFailure(failure -> worthRetrying(failure) && Instant.now(clock).isBefore(giveUpAt))
                .recoverWithUni(failure -> retry(apply, giveUpAt, attempt + 1));
    }

    private Duration pauseAfter(int attempt) {
        return Duration.ofMillis(Math.min(retry.longestPause().toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 20)));
    }

    private Uni<Void> applyBatchOrOneByOne(String consumer, TopicSpec deadLetters, Iterable<ConsumerRecord<String, String>> records,
                                          Function<List<ConsumerRecord<String, String>>, Uni<Void>> apply) {
        List<ConsumerRecord<String, String>> batch = new java.util.ArrayList<>();
        records.forEach(batch::add);
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return traced(consumer, batch, attempt(() -> apply.apply(batch))
                .onFailure().recoverWithUni(failure -> batch.size() == 1
                        ? park(consumer, deadLetters, batch.get(0), failure)
                        : Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(record -> applyOrPark(consumer, deadLetters, record,
                                        () -> apply.apply(List.of(record))))
                                .collect().last().replaceWithVoid()));
    }

    /** Sends the record to the dead-letter topic; the item arrives once Kafka has acknowledged it. */
    private Uni<Void> park(String consumer, TopicSpec deadLetters, ConsumerRecord<String, String> record, Throwable failure) {
        LOG.errorf(failure, "%s parks %s-%d@%d (key %s) on %s", consumer, record.topic(), record.partition(),
                record.offset(), record.key(), deadLetters.name());
        ProducerRecord<String, String> letter = new ProducerRecord<>(deadLetters.name(), record.key(), record.value());
        letter.headers()
                .add(DeadLetterHeaders.SOURCE_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8))
                .add(DeadLetterHeaders.CONSUMER, consumer.getBytes(StandardCharsets.UTF_8))
                .add(DeadLetterHeaders.ERROR, String.valueOf(failure).getBytes(StandardCharsets.UTF_8));
        Context context = Vertx.currentContext();
        return Uni.createFrom().<Void>emitter(emitter -> producer().send(letter, (metadata, error) -> {
                    Runnable done = () -> {
                        if (error != null) {
                            emitter.fail(error);
                        } else {
                            metrics.counter(DEAD_LETTERS_METRIC, "consumer", consumer).increment();
                            emitter.complete(null);
                        }
                    };
                    if (context == null) {
                        done.run();
                    } else {
                        context.runOnContext(ignored -> done.run());
                    }
                }));
    }

    /** What no second try can mend: a record that cannot be read, or a request the domain refuses. */
    private static boolean worthRetrying(Throwable failure) {
        if (UnreadableRecords.cannotBeRead(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem.type().status() >= 500;
            }
        }
        return true;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
            producer = new KafkaProducer<>(settings);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
