package io.tempora.kit.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;

/**
 * Reads compacted topics from the beginning, for ever, into memory: every record goes to the
 * handler on this follower's own thread, in partition order. It uses no consumer group, so every
 * replica of a service sees every record, and it is caught up once it has read up to the end
 * offsets the topics had when it started; it stays so, serving its last state, while the broker is
 * away. After a lost connection it goes on from where it was, never from the beginning again, so
 * the model it feeds never goes back to an older state. How far it is behind the topics' ends is
 * the gauge {@code tempora.follower.lag} (records). A handler must tolerate a record seen twice.
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
    private final Consumer<ConsumerRecord<String, String>> handler;
    private final Thread thread;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean caughtUp;
    private volatile boolean closed;
    /** Where to go on after a lost connection: the next offset of each partition read so far. */
    private final Map<TopicPartition, Long> resumeAt = new HashMap<>();
    private final AtomicLong lag = new AtomicLong();
    private Instant lagMeasuredAt = Instant.EPOCH;

    /**
     * @param name        for logs and the health check, e.g. {@code service-catalog}
     * @param kafkaConfig the service's {@code kafka.*} settings (bootstrap servers, security)
     */
    public CompactedTopicFollower(String name, Map<String, Object> kafkaConfig, Collection<String> topics,
                                  Consumer<ConsumerRecord<String, String>> handler) {
        this.name = name;
        this.kafkaConfig = kafkaConfig;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.thread = new Thread(this::follow, "follower-" + name);
        this.thread.setDaemon(true);
        Gauge.builder("tempora.follower.lag", lag, AtomicLong::get).tag("follower", name).baseUnit("records")
                .description("Records of the followed topics not read yet (measured every 5 s while connected)")
                .register(Metrics.globalRegistry);
    }

    public CompactedTopicFollower start() {
        thread.start();
        return this;
    }

    public String name() {
        return name;
    }

    /** True once everything the topics held at start has been handed to the handler. */
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
                for (TopicPartition partition : partitions) {
                    Long next = resumeAt.get(partition);
                    if (next == null) {
                        kafka.seekToBeginning(List.of(partition));
                    } else {
                        kafka.seek(partition, next);
                    }
                }
                Map<TopicPartition, Long> endAtStart = kafka.endOffsets(partitions, Duration.ofSeconds(30));
                while (!closed) {
                    for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                        handle(record);
                        resumeAt.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    }
                    if (!caughtUp && partitions.stream().allMatch(p -> kafka.position(p) >= endAtStart.get(p))) {
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

    private void measureLag(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        Instant now = Instant.now();
        if (Duration.between(lagMeasuredAt, now).compareTo(LAG_EVERY) < 0) {
            return;
        }
        lagMeasuredAt = now;
        try {
            long behind = 0;
            for (Map.Entry<TopicPartition, Long> end : kafka.endOffsets(partitions, Duration.ofSeconds(2)).entrySet()) {
                behind += Math.max(0, end.getValue() - kafka.position(end.getKey()));
            }
            lag.set(behind);
        } catch (org.apache.kafka.common.errors.TimeoutException brokerAway) {
            // the last measure stands until the broker answers again
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            // one bad record must not stop the replica; it is logged with its coordinates
            LOG.errorf(e, "%s could not apply %s-%d@%d (key %s)", name, record.topic(), record.partition(),
                    record.offset(), record.key());
        }
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
}
