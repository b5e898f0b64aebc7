package io.tempora.availability.readmodel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.tempora.kit.kafka.CompactedTopicFollower;
import io.tempora.kit.kafka.FollowedModel;

/**
 * A follower whose model fails on a record rebuilds a fresh model from the topic and swaps it in;
 * readers hold the same model throughout and never see it go back to an older state.
 */
@QuarkusTest
class FollowerRebuildTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String topic = "follower-rebuild-test-" + UUID.randomUUID();
    private final String name = "rebuild-" + UUID.randomUUID();
    private KafkaProducer<String, String> producer;
    private final List<String> rewinds = new ArrayList<>();

    @BeforeEach
    void createTopic() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aRecordThatFailsOnceIsAppliedByTheRebuiltModelWhichTheLiveOneAdopts() throws Exception {
        Ledger live = new Ledger(Set.of(), ConcurrentHashMap.newKeySet());
        live.failOnce.add("b=2");
        try (CompactedTopicFollower follower = new CompactedTopicFollower(name, config(), List.of(topic), live).start();
             Sampler sampler = new Sampler(live)) {
            send("a", 1);
            send("b", 1);
            send("b", 2);
            send("a", 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.values().equals(Map.of("a", 2, "b", 2)));
            await().atMost(Duration.ofSeconds(30)).until(() -> rebuilds() == 1.0);
            send("c", 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.values().equals(Map.of("a", 2, "b", 2, "c", 1)));
            assertTrue(follower.caughtUp());
        }
        assertEquals(List.of(), rewinds, "a reader never sees a value go back");
        assertEquals(0.0, skipped(), "nothing was left out: the rebuilt model applied the record");
    }

    @Test
    void aRecordThatFailsEvenOnAFreshModelIsLeftOutAndEverythingElseFlows() throws Exception {
        Ledger live = new Ledger(Set.of("b=2"), ConcurrentHashMap.newKeySet());
        try (CompactedTopicFollower follower = new CompactedTopicFollower(name, config(), List.of(topic), live).start();
             Sampler sampler = new Sampler(live)) {
            send("a", 1);
            send("b", 1);
            send("b", 2);
            send("a", 2);
            send("b", 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.values().equals(Map.of("a", 2, "b", 3)));
            await().atMost(Duration.ofSeconds(30)).until(() -> skipped() == 1.0);
            assertEquals(1.0, rebuilds(), "one rebuild found the record fails on a fresh model too");
        }
        assertEquals(List.of(), rewinds, "a reader never sees a value go back");
    }

    @Test
    void anUnreadableRecordIsLeftOutWithoutARebuild() throws Exception {
        Ledger live = new Ledger(Set.of(), ConcurrentHashMap.newKeySet());
        try (CompactedTopicFollower follower = new CompactedTopicFollower(name, config(), List.of(topic), live).start()) {
            send("a", 1);
            producer.send(new ProducerRecord<>(topic, "a", "not a number")).get();
            send("a", 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.values().equals(Map.of("a", 2)));
            await().atMost(Duration.ofSeconds(30)).until(() -> skipped() == 1.0);
            assertEquals(0.0, rebuilds());
        }
    }

    private Map<String, Object> config() {
        return Map.of("bootstrap.servers", bootstrapServers);
    }

    private void send(String key, int value) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic, key, Integer.toString(value))).get();
    }

    private double rebuilds() {
        return Metrics.globalRegistry.counter("tempora.follower.rebuilds", "follower", name).count();
    }

    private double skipped() {
        return Metrics.globalRegistry.counter("tempora.follower.skipped", "follower", name).count();
    }

    /**
     * The latest number per key. A record listed in {@code alwaysFails} fails on any model; one in
     * {@code failOnce} (shared by the rebuilt models) fails the first time, after writing a wrong value.
     */
    private static final class Ledger implements FollowedModel<Ledger> {

        private final Set<String> alwaysFails;
        private final Set<String> failOnce;
        private volatile Map<String, Integer> values = new ConcurrentHashMap<>();

        Ledger(Set<String> alwaysFails, Set<String> failOnce) {
            this.alwaysFails = alwaysFails;
            this.failOnce = failOnce;
        }

        Map<String, Integer> values() {
            return Map.copyOf(values);
        }

        @Override
        public void apply(ConsumerRecord<String, String> record) {
            String change = record.key() + "=" + record.value();
            if (alwaysFails.contains(change)) {
                throw new IllegalStateException("cannot apply " + change);
            }
            if (failOnce.remove(change)) {
                values.put(record.key(), -1);
                throw new IllegalStateException("half applied " + change);
            }
            values.put(record.key(), Integer.parseInt(record.value()));
        }

        @Override
        public Ledger empty() {
            return new Ledger(alwaysFails, failOnce);
        }

        @Override
        public void adopt(Ledger rebuilt) {
            values = rebuilt.values;
        }
    }

    /** A reader looking at the live model all along, noting any value that goes back (the half-applied one aside). */
    private final class Sampler implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Sampler(Ledger live) {
            thread = new Thread(() -> {
                Map<String, Integer> highest = new ConcurrentHashMap<>();
                while (running.get()) {
                    live.values().forEach((key, value) -> {
                        if (value >= 0 && value < highest.getOrDefault(key, 0)) {
                            synchronized (rewinds) {
                                rewinds.add(key + " went from " + highest.get(key) + " to " + value);
                            }
                        }
                        highest.merge(key, value, Math::max);
                    });
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            });
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
            assertFalse(thread.isAlive());
        }
    }
}
