package io.tempora.booking.imports;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.DeadLetterHeaders;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.ImportedAppointment;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AppointmentLimits;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TopicReader;
import io.tempora.localstack.TopicWriter;

/**
 * An imported appointment longer than any appointment may be (a day) is parked for the practice
 * to look at, not booked: capacity checks rely on no booking lasting longer.
 */
@QuarkusTest
class OverlongImportTest extends ClinicTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void anAppointmentLongerThanADayIsParkedNotBooked() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        ServiceSnapshot retreat = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, maria);
        clinic.awaitKnown(retreat, nextWeekAt(10, 0));
        Instant start = nextWeekAt(9, 0).toInstant();
        UUID bookingId = UUID.randomUUID();
        ImportedAppointment overlong = new ImportedAppointment(bookingId, clinic.organization, maria, retreat.id(),
                "retreat-1", UUID.randomUUID(), "Ada Lovelace", null, null, start,
                start.plus(AppointmentLimits.LONGEST_APPOINTMENT).plusSeconds(3600),
                ImportedAppointment.Status.CONFIRMED);
        String bootstrap = LocalStackTestResource.shared().kafka().bootstrapServers();
        RecordKey key = RecordKey.of(clinic.organization, bookingId);

        try (TopicWriter importer = new TopicWriter(bootstrap)) {
            importer.publish(Topics.BOOKING_IMPORTS, key, ImportedAppointment.TYPE, overlong);
        }

        ConsumerRecord<String, String> letter = new TopicReader(bootstrap).awaitRecords(
                Topics.BOOKING_IMPORTS_DEAD_LETTERS.name(), record -> key.toString().equals(record.key()), 1, DEADLINE).get(0);
        String error = new String(letter.headers().lastHeader(DeadLetterHeaders.ERROR).value());
        assertTrue(error.contains("end"), "the dead letter names the field: " + error);
        get(clinic.bookings() + "/" + bookingId).statusCode(404);
        assertEquals(0, clinic.rowsWritten(), "nothing of it was written");
    }
}
