package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.tempora.booking.ClinicTest;
import io.tempora.booking.ConcurrentClients;
import io.tempora.booking.DatabasePool;
import io.tempora.booking.SlowLink;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.Management;
import io.tempora.persistence.db.DatabaseReadiness;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;

/**
 * A database that cannot keep up (here: every booking's transaction stuck behind a lock): clients
 * beyond those the pool's connections and its queue hold are told at once to retry, and those
 * whose connection came later than their client waits are told so too instead of being served for
 * nobody; while its connections keep coming late, new bookings are told so before their check
 * (the service's own reassignments wait their turn); once the database keeps up again, so does the
 * service. (After a PostgreSQL restart
 * under traffic, an unbounded queue of requests whose clients had given up and sent them again
 * kept booking-service busy and unready for minutes.)
 */
@QuarkusTest
@TestProfile(OverloadedDatabaseTest.TwoConnections.class)
class OverloadedDatabaseTest extends ClinicTest {

    static final int CONNECTIONS = 2;
    static final int WAITING = 3;
    static final Duration QUEUE_TARGET = Duration.ofMillis(100);
    static final Duration QUEUE_INTERVAL = Duration.ofMillis(300);
    /** Counts the checks availability-service is asked. */
    static final SlowLink AVAILABILITY = SlowLink.toAvailability();

    @Inject
    Pool pool;
    @Inject
    BookingService bookings;

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.availability.url", AVAILABILITY.url(),
                    "quarkus.datasource.reactive.max-size", String.valueOf(CONNECTIONS),
                    "tempora.database.max-waiting", String.valueOf(WAITING),
                    "tempora.database.connection-wait", "2s",
                    "tempora.database.queue-target", QUEUE_TARGET.toMillis() + "ms",
                    "tempora.database.queue-interval", QUEUE_INTERVAL.toMillis() + "ms",
                    "tempora.database.stuck-after", "3s");
        }
    }

    @AfterAll
    static void closeLink() {
        AVAILABILITY.close();
    }

    @Test
    void clientsBeyondWhatThePoolHoldsAreToldToRetryAtOnceAndNothingIsHalfWritten() throws Exception {
        ServiceSnapshot consultation = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                clinic.provider("Hana"));
        clinic.awaitKnown(consultation, nextWeekAt(9, 0));
        List<Map<String, Object>> burst = IntStream.range(0, 12)
                .mapToObj(i -> clinic.request(consultation, nextWeekAt(9 + i / 2, i % 2 * 30)))
                .toList();

        List<HttpResponse<String>> answers;
        try (Connection blocker = database.getConnection(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            // every booking claims its seats in the ledger: each transaction now holds its connection and waits
            statement.execute("LOCK TABLE capacity_ledger IN EXCLUSIVE MODE");
            List<CompletableFuture<HttpResponse<String>>> told = ConcurrentClients.sendAll(clinic.bookings(), burst,
                    i -> Map.of());

            // the pool's connections stay taken and its queue full; everyone beyond is answered while the lock holds
            int held = CONNECTIONS + WAITING;
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> told.stream().filter(CompletableFuture::isDone).count() >= burst.size() - held);
            List<HttpResponse<String>> early = told.stream().filter(CompletableFuture::isDone)
                    .map(CompletableFuture::join).toList();
            early.forEach(OverloadedDatabaseTest::assertToldToRetryAsTooBusy);
            // with the queue full, a booking is turned away before anything is spent on it, the check included
            int checksAsked = AVAILABILITY.received();
            HttpResponse<String> turnedAway = ConcurrentClients.postAll(clinic.bookings(),
                    List.of(clinic.request(consultation, nextWeekAt(15, 0))), Map.of("Idempotency-Key", "turned-away")).get(0);
            assertToldToRetryAsTooBusy(turnedAway);
            assertEquals(checksAsked, AVAILABILITY.received(), "availability-service is not asked for a booking the pool refuses");
            // busy is not unready: a replica taken out of the load balancer for its queue sheds nothing
            Management.given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == '" + DatabaseReadiness.NAME + "' }.data.database", startsWith("busy"));
            // longer than the connection wait (2 s): what still waits will get its connection too late
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> told.stream().filter(answer -> !answer.isDone()).count() <= held);
            blocker.commit();
            answers = told.stream().map(CompletableFuture::join).toList();
        }

        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() != 201) {
                assertEquals(503, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("busy"), answer.body());
            }
        }
        long booked = answers.stream().filter(answer -> answer.statusCode() == 201).count();
        assertTrue(booked >= 1, "what held a connection goes through once the database keeps up");
        assertTrue(booked <= CONNECTIONS, "what got its connection after its client stopped waiting is refused: " + booked);
        assertEquals(booked, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization),
                "every booking in the database was confirmed to its client, and nothing else");
        // the database keeps up again: so does the service
        post(clinic.bookings(), clinic.request(consultation, nextWeekAt(16, 0))).statusCode(201);
        DatabasePool.awaitAllConnectionsBack();
    }

    @Test
    void whileThePoolsConnectionsKeepComingLateAClientIsToldToRetryBeforeItsCheckAndTheServicesOwnWorkWaitsItsTurn()
            throws Throwable {
        UUID away = clinic.provider("Jonas");
        UUID coverage = clinic.provider("Kai");
        ServiceSnapshot consultation = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, away, coverage);
        clinic.awaitKnown(consultation, nextWeekAt(9, 0));
        Map<String, Object> withJonas = new HashMap<>(clinic.request(consultation, nextWeekAt(12, 0)));
        withJonas.put("providerId", away);
        UUID id = UUID.fromString(post(clinic.bookings(), withJonas).statusCode(201).extract().path("id"));
        Booking toReassign = VertxContextSupport.subscribeAndAwait(() -> bookings.get(clinic.organization, id));
        CompletableFuture<Booking> reassigned;
        // the pool's connections are held (as by slow transactions) while others queue for them
        List<CompletableFuture<SqlConnection>> asked = new ArrayList<>();
        try {
            CompletableFuture<SqlConnection> first = ask(asked);
            ask(asked).get(5, TimeUnit.SECONDS);
            CompletableFuture<SqlConnection> queued = ask(asked);
            CompletableFuture<SqlConnection> behind = ask(asked);
            await().during(QUEUE_TARGET.multipliedBy(2)).atMost(Duration.ofSeconds(5)).until(() -> !queued.isDone());
            first.get(5, TimeUnit.SECONDS).close();
            // handed out later than the queue's target, while the next stands behind it for longer than its interval
            queued.get(5, TimeUnit.SECONDS);
            await().during(QUEUE_INTERVAL.plusMillis(100)).atMost(Duration.ofSeconds(5)).until(() -> !behind.isDone());

            int checksAsked = AVAILABILITY.received();
            // let in, it would wait behind the held connections: answered at once or not at all
            HttpResponse<String> turnedAway = ConcurrentClients.sendAll(clinic.bookings(),
                    List.of(clinic.request(consultation, nextWeekAt(10, 0))), i -> Map.of()).get(0).get(5, TimeUnit.SECONDS);
            assertToldToRetryAsTooBusy(turnedAway);
            assertEquals(checksAsked, AVAILABILITY.received(), "availability-service is not asked while the queue stands");
            assertTrue(Management.given().get("/q/metrics").asString().lines()
                            .anyMatch(line -> line.startsWith("tempora_database_turned_away_total{")
                                    && line.contains("reason=\"queue-standing\"") && !line.endsWith(" 0.0")),
                    "operators see work turned away for a standing queue");

            // a time off's coverage is this service's own work: its consumer would only try again
            reassigned = CompletableFuture.supplyAsync(() -> reassign(toReassign, coverage));
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !reassigned.isDone());
        } finally {
            asked.forEach(connection -> connection.thenAccept(SqlConnection::close));
        }

        assertEquals(coverage, reassigned.get(10, TimeUnit.SECONDS).providerId, "served once a connection came");
        // nothing waits now, and the next connection comes in time
        post(clinic.bookings(), clinic.request(consultation, nextWeekAt(10, 0))).statusCode(201);
        post(clinic.bookings(), clinic.request(consultation, nextWeekAt(11, 0))).statusCode(201);
        assertEquals(3, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization));
        DatabasePool.awaitAllConnectionsBack();
    }

    /** A 503 problem naming the database's load, with Retry-After. */
    private static void assertToldToRetryAsTooBusy(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "told when to retry");
        assertTrue(answer.body().contains("busy"), answer.body());
    }

    private Booking reassign(Booking booking, UUID coverage) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> bookings.reassign(booking, coverage, "time off"));
        } catch (Throwable failed) {
            throw new CompletionException(failed);
        }
    }

    /** A connection of booking-service's pool, asked for as its transactions ask. */
    private CompletableFuture<SqlConnection> ask(List<CompletableFuture<SqlConnection>> asked) {
        CompletableFuture<SqlConnection> connection = pool.getConnection().toCompletionStage().toCompletableFuture();
        asked.add(connection);
        return connection;
    }

    @Test
    void aPoolThatServesNoneOfItsQueueForLongerThanABusyOneWouldMakesTheServiceUnreadyUntilItDoes() throws Exception {
        ServiceSnapshot consultation = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                clinic.provider("Ines"));
        clinic.awaitKnown(consultation, nextWeekAt(9, 0));
        List<Map<String, Object>> holdingEveryConnection = IntStream.range(0, CONNECTIONS)
                .mapToObj(i -> clinic.request(consultation, nextWeekAt(10 + i, 0)))
                .toList();

        List<CompletableFuture<HttpResponse<String>>> told;
        try (Connection blocker = database.getConnection(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE capacity_ledger IN EXCLUSIVE MODE");
            told = ConcurrentClients.sendAll(clinic.bookings(), holdingEveryConnection, i -> Map.of());

            // the readiness question waits behind the two transactions for longer than stuck-after (3 s)
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Management.given().get("/q/health/ready").statusCode() == 503);
            Management.given().get("/q/health/ready").then()
                    .body("checks.find { it.name == '" + DatabaseReadiness.NAME + "' }.data.database", startsWith("stuck"));
            blocker.commit();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
        for (CompletableFuture<HttpResponse<String>> answer : told) {
            assertEquals(201, answer.join().statusCode(), answer.join().body());
        }
        DatabasePool.awaitAllConnectionsBack();
    }
}
