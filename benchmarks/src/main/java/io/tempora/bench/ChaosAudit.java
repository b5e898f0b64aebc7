package io.tempora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.TopicSpec;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.localstack.PostgresServer;
import io.tempora.localstack.ServiceDatabase;
import io.tempora.localstack.TopicReader;

/**
 * What the fault-injection run checks once the traffic has stopped: the bookings clients were told
 * about against booking-service's database, booking.occupancy.v1, availability's answers (of the
 * running replica and of a fresh one) and provider-service's caseloads; the outboxes and the
 * dead-letter topics. What spreads through Kafka is checked again until it agrees or a deadline passes.
 */
final class ChaosAudit {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    /** A booking as booking-service's database holds it. */
    record Row(UUID id, UUID service, UUID provider, UUID client, String clientName, Instant start, int seats, String status) {
        boolean live() {
            return !status.equals("CANCELLED");
        }
    }

    private final ChaosStack stack;
    private final ChaosClinic clinic;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ChaosAudit(ChaosStack stack, ChaosClinic clinic) {
        this.stack = stack;
        this.clinic = clinic;
    }

    List<Row> bookings() {
        return query(ServiceDatabase.BOOKING, "SELECT id, service_id, provider_id, client_id, client_name, start_at, seats, status"
                + " FROM booking WHERE organization_id = ?", rows -> {
                    List<Row> all = new ArrayList<>();
                    while (rows.next()) {
                        all.add(new Row(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant(),
                                rows.getInt(7), rows.getString(8)));
                    }
                    return all;
                }, clinic.organization);
    }

    /** Acknowledged bookings missing from the database, or not in the state their last acknowledged change left them. */
    static List<String> lost(Map<UUID, ChaosTraffic.Booked> ledger, List<Row> rows) {
        Map<UUID, Row> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        List<String> lost = new ArrayList<>();
        for (ChaosTraffic.Booked booked : ledger.values()) {
            Row row = byId.get(booked.id);
            if (row == null) {
                lost.add("booking " + booked.id + " (" + booked.attempt + ") was acknowledged and is not in the database");
            } else if (!booked.uncertain && (booked.cancelled == row.live() || !booked.start.equals(row.start())
                    || !booked.provider.equals(row.provider()))) {
                lost.add("booking " + booked.id + " was acknowledged " + (booked.cancelled ? "cancelled" : "at " + booked.start
                        + " with " + booked.provider) + " but is " + row.status() + " at " + row.start() + " with " + row.provider());
            }
        }
        return lost;
    }

    /** Bookings beyond the first that one client request created (each request names its attempt). */
    static int duplicated(List<Row> rows) {
        Map<String, Integer> perAttempt = new HashMap<>();
        rows.stream().filter(row -> row.clientName().startsWith("attempt-"))
                .forEach(row -> perAttempt.merge(row.clientName(), 1, Integer::sum));
        return perAttempt.values().stream().mapToInt(count -> count - 1).sum();
    }

    /** Seats taken beyond capacity: one per consultation slot of a provider, six per class session. */
    int overbooked(List<Row> rows) {
        Map<String, Integer> seats = new HashMap<>();
        rows.stream().filter(Row::live).forEach(row -> seats.merge(row.provider() + "@" + row.start(), row.seats(), Integer::sum));
        int over = 0;
        for (Map.Entry<String, Integer> slot : seats.entrySet()) {
            int capacity = slot.getKey().startsWith(clinic.trainer.toString()) ? ChaosClinic.CLASS_SEATS : 1;
            over += Math.max(0, slot.getValue() - capacity);
        }
        return over;
    }

    /** Bookings whose latest record on booking.occupancy.v1 is missing or says something else than the database. */
    List<String> occupancyDisagreements(List<Row> rows) {
        Map<UUID, OccupancySnapshot> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : new TopicReader(stack.kafka()).readAll(Topics.BOOKING_OCCUPANCY.name())) {
            RecordKey key = RecordKey.parse(record.key());
            if (!key.organizationId().equals(clinic.organization)) {
                continue;
            }
            if (record.value() == null) {
                latest.remove(key.entityId());
            } else {
                latest.put(key.entityId(), EventJson.readEnvelope(record.value(), OccupancySnapshot.class).payload());
            }
        }
        List<String> disagreements = new ArrayList<>();
        for (Row row : rows) {
            OccupancySnapshot occupancy = latest.get(row.id());
            if (occupancy == null || occupancy.status().name().equals("CANCELLED") == row.live()
                    || !occupancy.appointmentStart().equals(row.start()) || !occupancy.providerId().equals(row.provider())) {
                disagreements.add("booking " + row.id() + " is " + row.status() + " at " + row.start() + " in the database, "
                        + (occupancy == null ? "absent" : occupancy.status() + " at " + occupancy.appointmentStart()) + " on the topic");
            }
        }
        return disagreements;
    }

    /**
     * Slots availability answers wrongly on {@code port}: a booked consultation slot offered, a
     * freed one (all its bookings cancelled) not offered, a class session offering other than its
     * free seats.
     */
    List<String> availabilityDisagreements(int port, List<Row> rows) {
        Instant soonest = clinic.consultationSlot(2, 0);
        Instant latest = clinic.consultationSlot(ChaosClinic.DAYS + 1, 0);
        Map<UUID, Map<Instant, Integer>> liveSeats = new HashMap<>();
        Map<UUID, Set<Instant>> touched = new HashMap<>();
        for (Row row : rows) {
            if (!row.provider().equals(clinic.trainer) && (row.start().isBefore(soonest) || !row.start().isBefore(latest))) {
                continue; // tomorrow's hot slots and the recovery probes lie outside the days asked about
            }
            touched.computeIfAbsent(row.provider(), p -> new HashSet<>()).add(row.start());
            if (row.live()) {
                liveSeats.computeIfAbsent(row.provider(), p -> new HashMap<>()).merge(row.start(), row.seats(), Integer::sum);
            }
        }
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<UUID, Set<Instant>> provider : touched.entrySet()) {
            boolean trainer = provider.getKey().equals(clinic.trainer);
            Map<Instant, Integer> offered = offered(port, trainer ? clinic.groupClass : clinic.consultation, provider.getKey(),
                    trainer ? clinic.today.plusDays(1) : clinic.today.plusDays(2), clinic.today.plusDays(trainer ? 3 : ChaosClinic.DAYS));
            for (Instant start : provider.getValue()) {
                int capacity = trainer ? ChaosClinic.CLASS_SEATS : 1;
                int free = capacity - liveSeats.getOrDefault(provider.getKey(), Map.of()).getOrDefault(start, 0);
                int answered = offered.getOrDefault(start, 0);
                if (answered != Math.max(0, free)) {
                    disagreements.add("availability on " + port + " offers " + answered + " seats with " + provider.getKey()
                            + " at " + start + " where " + Math.max(0, free) + " are free");
                }
            }
        }
        return disagreements;
    }

    /** Start and seats offered per slot. */
    private Map<Instant, Integer> offered(int port, UUID service, UUID provider, java.time.LocalDate from, java.time.LocalDate to) {
        String url = "http://127.0.0.1:" + port + "/v1/organizations/" + clinic.organization + "/availability?serviceId=" + service
                + "&providerId=" + provider + "&from=" + from + "&to=" + to;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            Map<Instant, Integer> offered = new HashMap<>();
            for (JsonNode day : EventJson.mapper().readTree(response.body()).get("days")) {
                for (JsonNode slot : day.get("slots")) {
                    offered.put(OffsetDateTime.parse(slot.get("start").asText()).toInstant(), slot.get("remainingCapacity").asInt());
                }
            }
            return offered;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Providers whose caseload count differs from a recount of their clients with live bookings. */
    List<String> caseloadDisagreements(List<Row> rows) {
        Map<UUID, Set<UUID>> clients = new HashMap<>();
        rows.stream().filter(Row::live).forEach(row -> clients.computeIfAbsent(row.provider(), p -> new HashSet<>()).add(row.client()));
        Map<UUID, Integer> counted = query(ServiceDatabase.PROVIDER,
                "SELECT provider_id, active_client_count FROM caseload WHERE organization_id = ?", result -> {
                    Map<UUID, Integer> counts = new HashMap<>();
                    while (result.next()) {
                        counts.put(result.getObject(1, UUID.class), result.getInt(2));
                    }
                    return counts;
                }, clinic.organization);
        Set<UUID> providers = new HashSet<>(clients.keySet());
        providers.addAll(counted.keySet());
        List<String> disagreements = new ArrayList<>();
        for (UUID provider : providers) {
            int recount = clients.getOrDefault(provider, Set.of()).size();
            int count = counted.getOrDefault(provider, 0);
            if (recount != count) {
                disagreements.add("provider " + provider + " counts " + count + " active clients, the bookings " + recount);
            }
        }
        return disagreements;
    }

    /** Outbox rows not published yet, and parked ones, in the three services' databases. */
    List<String> outboxLeftovers() {
        List<String> leftovers = new ArrayList<>();
        for (ServiceDatabase database : List.of(ServiceDatabase.PROVIDER, ServiceDatabase.RESOURCE, ServiceDatabase.BOOKING)) {
            long[] counts = query(database, "SELECT count(*) FILTER (WHERE published_at IS NULL AND parked_at IS NULL),"
                    + " count(*) FILTER (WHERE parked_at IS NOT NULL) FROM outbox_event", result -> {
                        result.next();
                        return new long[] {result.getLong(1), result.getLong(2)};
                    });
            if (counts[0] + counts[1] > 0) {
                leftovers.add(database.databaseName() + ": " + counts[0] + " unpublished, " + counts[1] + " parked");
            }
        }
        return leftovers;
    }

    /** Records on every dead-letter topic, by whether their key is {@code poisonKey}. */
    Map<Boolean, Integer> deadLetters(String poisonKey) {
        Map<Boolean, Integer> letters = new HashMap<>(Map.of(true, 0, false, 0));
        TopicReader reader = new TopicReader(stack.kafka());
        for (TopicSpec topic : Topics.ALL) {
            if (topic.name().contains("dead-letters")) {
                reader.readAll(topic.name()).forEach(letter -> letters.merge(Objects.equals(letter.key(), poisonKey), 1, Integer::sum));
            }
        }
        return letters;
    }

    /** Runs a check until it finds nothing or {@link #SETTLE} has passed; what it found last. */
    static List<String> settled(Supplier<List<String>> check) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        List<String> found = check.get();
        while (!found.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            found = check.get();
        }
        return found;
    }

    private interface Reading<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(ServiceDatabase database, String sql, Reading<T> reading, Object... parameters) {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reading.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect(ServiceDatabase database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
