package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.booking.DatabasePool;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Clients that hang up mid-request leave every database connection in the pool. */
@QuarkusTest
class ImpatientClientsTest extends ClinicTest {

    @Test
    void aHundredClientsHangingUpMidBookingDoNotExhaustTheConnectionPool() throws Exception {
        List<UUID> providers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            providers.add(clinic.provider("Provider " + i));
        }
        ServiceSnapshot service = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, providers.toArray(UUID[]::new));
        clinic.awaitKnown(service, nextWeekAt(9, 0));

        // as a load generator does at the end of a run: requests sent, connections closed before the answer
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            var request = clinic.request(service, nextWeekAt(9 + i % 8, 0));
            request.put("providerId", providers.get(i % 10));
            byte[] body = EventJson.write(request).getBytes(StandardCharsets.UTF_8);
            int patienceMillis = i % 20;
            Thread client = new Thread(() -> hangUpAfter(body, patienceMillis));
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }

        // the pool allows 20 connections: far fewer than the requests that hung up. While the service
        // finishes their work a booking may be told the database is busy (503, retry shortly), as any
        // client would be; a connection lost from the pool would keep it so past the deadline
        for (int i = 0; i < 25; i++) {
            var request = clinic.request(service, nextWeekAt(9 + i % 8, 30));
            request.put("providerId", providers.get(i % 10));
            int status = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> post(clinic.bookings(), request).extract().statusCode(), answered -> answered != 503);
            assertThat(status, anyOf(is(201), is(409)));
        }
        DatabasePool.awaitAllConnectionsBack();
    }

    private void hangUpAfter(byte[] body, int patienceMillis) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            String token = LocalStackTestResource.shared().tokens().ownerOf(clinic.bookings());
            out.write(("POST " + clinic.bookings() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(patienceMillis);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
