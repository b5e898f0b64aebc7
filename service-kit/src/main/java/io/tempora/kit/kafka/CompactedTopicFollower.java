package io.tempora.kit.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.tempora.kit.tracing.RecordTracing;

/**
 * Reads compacted topics from the beginning, for ever, into a {@link FollowedModel}: every record
 * is applied on this follower's own thread, in partition order. It uses no consumer group, so every
 * replica of a service sees every record, and it is caught up once it has read up to the end
 * offsets the topics had when it started; it stays so, serving its last state, while the broker is
 * away. After a lost connection it goes on from where it was, never from the beginning again, so
 * the model never goes back to an older state.
 * <p>
 * When a record fails to apply, the model may hold half a change: the follower reads the topics
 * again from the beginning into an empty model, and once that one has come as far as the live one
 * was, the live one adopts it ({@code tempora.follower.rebuilds}); readers keep the live model's
 * last state meanwhile. A record that fails on the fresh model too, or cannot even be read, is left
 * out, logged with its coordinates and counted ({@code tempora.follower.skipped}), so one bad
 * record never stops the replica. How far the live model is behind the topics' ends is the gauge
 * {@code tempora.follower.lag} (records).
 */
public final class CompactedTopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CompactedTopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int FETCH_MIN_BYTES = 32 * 1024;
    private static final Duration FETCH_WAIT = Duration.ofMillis(20);
    private static final Duration LAG_EVERY = Duration.ofSeconds(5);

    private final String name;
    private final Map<String, Object> kafkaConfig;
    private final Collection<String> topics;
    private final Feed<?> feed;
    private final Tracer tracer;
    private final Thread thread;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean caughtUp;
    private volatile boolean closed;
    /** The next offset of each partition the model being fed has read. */
    private final Map<TopicPartition, Long> position = new HashMap<>();
    /** While a rebuild runs: where the live model was, which the rebuilt one must reach before the swap. */
    private Map<TopicPartition, Long> rebuildUntil;
    private final AtomicLong lag = new AtomicLong();
    /** Per partition: when the newest record the live model applied was written (epoch ms). */
    private final Map<TopicPartition, Long> appliedAt = new HashMap<>();
    /** Per partition: when a measure first found the live model behind on it (epoch ms). */
    private final Map<TopicPartition, Long> behindSince = new HashMap<>();
    private final Map<TopicPartition, AtomicLong> staleness = new java.util.concurrent.ConcurrentHashMap<>();
    private final Instant startedAt = Instant.now();
    private final Counter rebuilds;
    private final Counter skipped;
    private Instant lagMeasuredAt = Instant.EPOCH;

    /**
     * @param name        for logs, metrics and the health check, e.g. {@code service-catalog}
     * @param kafkaConfig the service's {@code kafka.*} settings (bootstrap servers, security)
     * @param model       the live model, which readers hold
     */
    public <M extends FollowedModel<M>> CompactedTopicFollower(String name, Map<String, Object> kafkaConfig,
                                                              Collection<String> topics, M model) {
        this(name, kafkaConfig, topics, model, OpenTelemetry.noop().getTracer("tempora"));
    }

    /**
     * @param tracer traces applying each record that arrives once caught up, in the trace of the
     *               change it carries (the records of the initial read and of rebuilds are not traced)
     */
    public <M extends FollowedModel<M>> CompactedTopicFollower(String name, Map<String, Object> kafkaConfig,
                                                              Collection<String> topics, M model, Tracer tracer) {
        this.name = name;
        this.tracer = tracer;
        this.kafkaConfig = kafkaConfig;
        this.topics = List.copyOf(topics);
        this.feed = new Feed<>(model);
        this.thread = new Thread(this::follow, "follower-" + name);
        this.thread.setDaemon(true);
        Gauge.builder("tempora.follower.lag", lag, AtomicLong::get).tag("follower", name).baseUnit("records")
                .description("Records of the followed topics the live model has not applied yet (measured every 5 s while connected)")
                .register(Metrics.globalRegistry);
        rebuilds = Counter.builder("tempora.follower.rebuilds").tag("follower", name)
                .description("Times a record failed to apply and the model was rebuilt from the topics and swapped in")
                .register(Metrics.globalRegistry);
        skipped = Counter.builder("tempora.follower.skipped").tag("follower", name)
                .description("Records left out of the model because they cannot be applied even to a fresh one")
                .register(Metrics.globalRegistry);
    }

    public CompactedTopicFollower start() {
        thread.start();
        return this;
    }

    public String name() {
        return name;
    }

    /** True once everything the topics held at start has been applied to the live model. */
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void follow() {
        while (!closed) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerSettings())) {
                consumer = kafka;
                List<TopicPartition> partitions = topics.stream()
                        .flatMap(topic -> kafka.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                                .map(info -> new TopicPartition(topic, info.partition())))
                        .toList();
                kafka.assign(partitions);
                if (rebuildUntil != null) {
                    // a rebuild cut short by a lost connection starts again from nothing
                    feed.startRebuild();
                    position.clear();
                }
                seekToPosition(kafka, partitions);
                Map<TopicPartition, Long> endAtStart = kafka.endOffsets(partitions, Duration.ofSeconds(30));
                while (!closed) {
                    applyPolled(kafka, partitions);
                    if (rebuildUntil != null && reached(kafka, partitions, rebuildUntil)) {
                        swapInRebuilt();
                    }
                    if (!caughtUp && rebuildUntil == null && reached(kafka, partitions, endAtStart)) {
                        caughtUp = true;
                        LOG.infof("%s caught up with %s", name, topics);
                    }
                    measureLag(kafka, partitions);
                }
            } catch (WakeupException closing) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warnf(e, "%s lost its connection to Kafka; it goes on from where it was in %s", name, topics);
                sleepBeforeRetry();
            }
        }
    }

    private void seekToPosition(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Long next = position.get(partition);
            if (next == null) {
                kafka.seekToBeginning(List.of(partition));
            } else {
                kafka.seek(partition, next);
            }
        }
    }

    /** Applies one poll's records; a failure on the live model ends the batch and starts a rebuild. */
    private void applyPolled(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            boolean failedOnLiveModel = !apply(record);
            position.put(partition, record.offset() + 1);
            if (rebuildUntil == null) {
                appliedAt.put(partition, record.timestamp());
            }
            if (failedOnLiveModel) {
                startRebuild(kafka, partitions);
                return;
            }
        }
    }

    /** @return false when the live model may now hold half a change */
    private boolean apply(ConsumerRecord<String, String> record) {
        Span span = caughtUp && rebuildUntil == null && RecordTracing.traceparentOf(record) != null
                ? RecordTracing.startApplying(tracer, name, record) : Span.getInvalid();
        try {
            feed.apply(record);
            return true;
        } catch (RuntimeException failure) {
            span.recordException(failure).setStatus(StatusCode.ERROR);
            if (rebuildUntil != null || UnreadableRecords.cannotBeRead(failure)) {
                skipped.increment();
                LOG.errorf(failure, "%s leaves out %s-%d@%d (key %s): it cannot be applied even to a fresh model", name,
                        record.topic(), record.partition(), record.offset(), record.key());
                return true;
            }
            LOG.errorf(failure, "%s could not apply %s-%d@%d (key %s); it rebuilds its model from the topics and serves the last one meanwhile",
                    name, record.topic(), record.partition(), record.offset(), record.key());
            return false;
        } finally {
            span.end();
        }
    }

    private void startRebuild(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        rebuilds.increment();
        rebuildUntil = new HashMap<>(position);
        position.clear();
        feed.startRebuild();
        kafka.seekToBeginning(partitions);
    }

    private void swapInRebuilt() {
        feed.swap();
        rebuildUntil = null;
        LOG.infof("%s swapped in its rebuilt model", name);
    }

    private static boolean reached(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions,
                                   Map<TopicPartition, Long> offsets) {
        return partitions.stream().allMatch(p -> kafka.position(p) >= offsets.getOrDefault(p, 0L));
    }

    private void measureLag(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        Instant now = Instant.now();
        if (Duration.between(lagMeasuredAt, now).compareTo(LAG_EVERY) < 0) {
            return;
        }
        lagMeasuredAt = now;
        try {
            long behind = 0;
            for (Map.Entry<TopicPartition, Long> end : kafka.endOffsets(partitions, Duration.ofSeconds(2)).entrySet()) {
                long live = rebuildUntil == null ? kafka.position(end.getKey()) : rebuildUntil.getOrDefault(end.getKey(), 0L);
                long partitionBehind = Math.max(0, end.getValue() - live);
                behind += partitionBehind;
                stalenessOf(end.getKey()).set(staleness(end.getKey(), partitionBehind, now.toEpochMilli()) / 1000);
            }
            lag.set(behind);
        } catch (org.apache.kafka.common.errors.TimeoutException brokerAway) {
            // the last measure stands until the broker answers again
        }
    }

    /**
     * How old, at most, the oldest change of the partition the live model lacks is: no older than
     * the newest one it applied (records arrive in order), and no older than the moment it was
     * first seen behind. Both grow only when it is really stuck.
     */
    private long staleness(TopicPartition partition, long behind, long nowMillis) {
        if (behind == 0) {
            behindSince.remove(partition);
            return 0;
        }
        long since = Math.max(appliedAt.getOrDefault(partition, startedAt.toEpochMilli()),
                behindSince.computeIfAbsent(partition, p -> nowMillis));
        return Math.max(0, nowMillis - since);
    }

    private AtomicLong stalenessOf(TopicPartition partition) {
        return staleness.computeIfAbsent(partition, p -> {
            AtomicLong seconds = new AtomicLong();
            Gauge.builder("tempora.follower.staleness", seconds, AtomicLong::get).baseUnit("seconds")
                    .tag("follower", name).tag("topic", p.topic()).tag("partition", String.valueOf(p.partition()))
                    .description("At most how old the oldest change of a partition the live model lacks is (0 when it has all)")
                    .register(Metrics.globalRegistry);
            return seconds;
        });
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "follower-" + name);
        // under load, fetch records in batches rather than one request per record; a change still
        // arrives within FETCH_WAIT when little is happening
        settings.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
        settings.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_WAIT.toMillis());
        return settings;
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The live model, and the fresh one a rebuild fills until it is swapped in. */
    private static final class Feed<M extends FollowedModel<M>> {

        private final M live;
        private M target;

        Feed(M live) {
            this.live = live;
            this.target = live;
        }

        void apply(ConsumerRecord<String, String> record) {
            target.apply(record);
        }

        void startRebuild() {
            target = live.empty();
        }

        void swap() {
            live.adopt(target);
            target = live;
        }
    }
}
