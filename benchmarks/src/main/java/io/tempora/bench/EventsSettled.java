package io.tempora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until what a load set off has been applied: no consumer group of the stack is behind the
 * end of what it reads, and no topic has grown for {@value #QUIET_MILLIS} ms (the outbox relays have
 * nothing left to publish). A run's throughput only counts when the consequences kept up with it; its CPU
 * per booking only includes them when measured after this. Prints how long it took. Arguments:
 * {@code <bootstrap servers> [seconds to wait at most, 120 unless given]}.
 *
 * <p>Compacted-topic followers (availability's occupancy and catalogs) keep no group: they count
 * by the lag their services publish ({@code tempora_follower_lag}). Both show "caught up" a few
 * seconds late: groups commit, and followers measure, every few seconds.
 */
public final class EventsSettled {

    private static final long QUIET_MILLIS = 1_000;
    private static final long POLL_MILLIS = 200;
    /** The four services' management ports (their own plus 1000), where their metrics are. */
    private static final int[] MANAGEMENT_PORTS = {9080, 9081, 9082, 9083};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EventsSettled() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120).toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Map<TopicPartition, Long> atLoadEnd = endOffsets(admin);
            Map<TopicPartition, Long> previousEnds = atLoadEnd;
            System.out.println("when the load ended, records consumer groups had yet to commit: "
                    + behindByGroup(admin, atLoadEnd) + "; followers were behind by " + sum(followersBehind()));
            long unchangedSince = started;
            long caughtUpSince = -1;
            while (true) {
                Map<TopicPartition, Long> ends = endOffsets(admin);
                Map<String, Long> groups = behindByGroup(admin, ends);
                Map<String, Long> followers = followersBehind();
                long behind = sum(groups) + sum(followers);
                long now = System.nanoTime();
                if (!ends.equals(previousEnds)) {
                    previousEnds = ends;
                    unchangedSince = now;
                }
                caughtUpSince = behind > 0 ? -1 : caughtUpSince < 0 ? now : caughtUpSince;
                if (caughtUpSince >= 0 && now - unchangedSince >= QUIET_MILLIS * 1_000_000) {
                    System.out.printf("events settled %.1f s after the load: every consumer group caught up,"
                            + " no topic grew for %d ms; records published after the load: %s%n",
                            (Math.max(unchangedSince, caughtUpSince) - started) / 1e9, QUIET_MILLIS,
                            growthByTopic(atLoadEnd, ends));
                    return;
                }
                if (now > deadline) {
                    System.out.printf("events NOT settled after %.0f s: consumer groups behind %s, followers %s%n",
                            (now - started) / 1e9, groups, followers);
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics().names().get();
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Per topic, how many records it gained between two readings of the end offsets. */
    private static Map<String, Long> growthByTopic(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        Map<String, Long> growth = new TreeMap<>();
        after.forEach((partition, end) -> {
            long gained = end - before.getOrDefault(partition, 0L);
            if (gained > 0) {
                growth.merge(partition.topic(), gained, Long::sum);
            }
        });
        return growth;
    }

    /** Per service's follower, what it last measured it was behind ({@code tempora_follower_lag}). */
    private static Map<String, Long> followersBehind() throws Exception {
        Map<String, Long> behind = new TreeMap<>();
        for (int port : MANAGEMENT_PORTS) {
            HttpResponse<java.util.stream.Stream<String>> metrics = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofLines());
            metrics.body().filter(line -> line.startsWith("tempora_follower_lag")).forEach(line -> behind.put(
                    port + " " + line.substring(line.indexOf('{'), line.lastIndexOf(' ')),
                    (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        }
        return behind;
    }

    private static long sum(Map<String, Long> behind) {
        return behind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Per consumer group and topic, the records it has yet to commit. */
    private static Map<String, Long> behindByGroup(Admin admin, Map<TopicPartition, Long> ends) throws Exception {
        Map<String, Long> behind = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> read : committed.entrySet()) {
                if (read.getValue() != null) {
                    behind.merge(group.groupId() + " on " + read.getKey().topic(),
                            Math.max(0, ends.getOrDefault(read.getKey(), 0L) - read.getValue().offset()), Long::sum);
                }
            }
        }
        return behind;
    }
}
