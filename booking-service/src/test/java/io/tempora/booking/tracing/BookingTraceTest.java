package io.tempora.booking.tracing;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.NeighbourServiceTestResource;

/**
 * One booking is one trace: booking-service's request, its availability check (a client span,
 * and availability-service's server span under it), its database work, the outbox publishing the
 * occupancy, and availability-service's read model applying it.
 */
@QuarkusTest
@TestProfile(BookingTraceTest.Traced.class)
class BookingTraceTest extends ClinicTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void oneBookingIsOneTraceFromTheRequestThroughTheOutboxToAvailability() throws InterruptedException {
        UUID noor = clinic.provider("Noor");
        ServiceSnapshot checkUp = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, noor);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        spans.reset();

        post(clinic.bookings(), clinic.request(checkUp, nextWeekAt(11, 0))).statusCode(201);

        SpanData request = awaitSpan("the booking request", span -> span.getKind() == SpanKind.SERVER
                && span.getName().startsWith("POST") && span.getName().endsWith("/bookings"));
        String trace = request.getTraceId();
        SpanData check = awaitSpan("the availability check", span -> span.getTraceId().equals(trace)
                && span.getKind() == SpanKind.CLIENT && mentions(span, "/availability/check"));
        awaitSpan("the booking's database work", span -> span.getTraceId().equals(trace)
                && span.getKind() == SpanKind.CLIENT && span.getAttributes().asMap().keySet().stream()
                        .anyMatch(key -> key.getKey().startsWith("db.")));
        SpanData publishing = awaitSpan("the outbox publishing the occupancy", span -> span.getTraceId().equals(trace)
                && span.getKind() == SpanKind.PRODUCER && span.getName().endsWith(Topics.BOOKING_OCCUPANCY.name()));

        JsonNode answering = awaitNeighbourSpan("availability-service answering the check",
                span -> span.get("trace").asText().equals(trace) && span.get("kind").asText().equals("SERVER"));
        assertEquals(check.getSpanId(), answering.get("parent").asText(), "availability's answer is a child of booking's call");
        JsonNode applying = awaitNeighbourSpan("availability-service applying the occupancy",
                span -> span.get("trace").asText().equals(trace) && span.get("kind").asText().equals("CONSUMER"));
        assertEquals(publishing.getSpanId(), applying.get("parent").asText(), "the read model applies what the outbox published");
        assertEquals("read-model applies " + Topics.BOOKING_OCCUPANCY.name(), applying.get("name").asText());
        assertEquals("availability-service", applying.get("service").asText());
    }

    private SpanData awaitSpan(String what, Predicate<SpanData> matching) {
        return await(what).atMost(DEADLINE).until(() -> spans.getFinishedSpanItems().stream().filter(matching).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static JsonNode awaitNeighbourSpan(String what, Predicate<JsonNode> matching) {
        Path file = NeighbourServiceTestResource.spansOf("availability-service");
        return await(what).atMost(DEADLINE).until(() -> neighbourSpans(file).stream().filter(matching).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static List<JsonNode> neighbourSpans(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> {
                try {
                    return EventJson.mapper().readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mentions(SpanData span, String text) {
        return span.getName().contains(text) || span.getAttributes().asMap().values().stream()
                .anyMatch(value -> String.valueOf(value).contains(text));
    }
}
