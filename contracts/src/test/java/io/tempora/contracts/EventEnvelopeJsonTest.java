package io.tempora.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EventEnvelopeJsonTest {

    record Block(String dayOfWeek, LocalTime start, LocalTime end) {
    }

    record ScheduleSnapshot(UUID providerId, LocalDate effectiveFrom, List<Block> blocks) {
    }

    private final UUID organizationId = UUID.fromString("7b0a6a0e-3d6e-4a40-9b57-9a4f6c1b1a01");

    @Test
    void aSnapshotSurvivesTheRoundTripWithLocalTimesAndInstantsAsIsoText() throws Exception {
        ScheduleSnapshot snapshot = new ScheduleSnapshot(UUID.randomUUID(), LocalDate.of(2026, 3, 8),
                List.of(new Block("SUNDAY", LocalTime.of(9, 0), LocalTime.of(17, 0))));
        EventEnvelope<ScheduleSnapshot> envelope = new EventEnvelope<>(UUID.randomUUID(), organizationId,
                "schedule_snapshot", Instant.parse("2026-03-08T14:00:00Z"), 1, snapshot);

        String json = EventJson.write(envelope);
        JsonNode tree = EventJson.mapper().readTree(json);

        assertEquals("2026-03-08T14:00:00Z", tree.get("occurredAt").asText());
        assertEquals("09:00:00", tree.at("/payload/blocks/0/start").asText());
        assertEquals("2026-03-08", tree.at("/payload/effectiveFrom").asText());
        assertEquals(envelope, EventJson.readEnvelope(json, ScheduleSnapshot.class));
    }

    @Test
    void aConsumerIgnoresFieldsAddedByANewerProducer() {
        String json = """
                {"id":"%s","organizationId":"%s","type":"schedule_snapshot","occurredAt":"2026-01-01T00:00:00Z",
                 "schemaVersion":1,"addedLater":true,
                 "payload":{"providerId":"%s","effectiveFrom":"2026-01-01","blocks":[],"alsoNew":42}}
                """.formatted(UUID.randomUUID(), organizationId, UUID.randomUUID());

        EventEnvelope<ScheduleSnapshot> read = EventJson.readEnvelope(json, ScheduleSnapshot.class);

        assertEquals(LocalDate.of(2026, 1, 1), read.payload().effectiveFrom());
        assertTrue(read.payload().blocks().isEmpty());
    }

    @Test
    void anEnvelopeWithoutOrganizationIsRejected() {
        assertThrows(NullPointerException.class, () -> new EventEnvelope<>(UUID.randomUUID(), null, "x",
                Instant.now(), 1, "payload"));
    }
}
