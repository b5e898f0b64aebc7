package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Operators search the logs; a client's name, e-mail and phone never reach them, whatever happens to the booking. */
@QuarkusTest
class PersonalDataInLogsTest extends ClinicTest {

    private static final String NAME = "Zebedee Quillfeather";
    private static final String EMAIL = "zebedee.quillfeather@example.org";
    private static final String PHONE = "+44 7700 900461";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()) + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noLogLineNamesTheClient() throws InterruptedException {
        UUID noor = clinic.provider("Noor");
        ServiceSnapshot checkUp = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, noor);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        Map<String, Object> request = clinic.request(checkUp, nextWeekAt(10, 0));
        request.put("client", Map.of("id", UUID.randomUUID(), "name", NAME, "email", EMAIL, "phone", PHONE));

        String id = post(clinic.bookings(), request).statusCode(201).extract().path("id");
        post(clinic.bookings(), request).statusCode(409);
        request.put("client", Map.of("id", UUID.randomUUID(), "name", NAME, "email", "not an address " + EMAIL, "phone", PHONE));
        post(clinic.bookings(), request).statusCode(400);
        post(clinic.bookings() + "/" + id + "/reschedule", Map.of("start", nextWeekAt(11, 0).toString())).statusCode(200);
        post(clinic.bookings() + "/" + id + "/cancel", Map.of("reason", "ill")).statusCode(200);

        org.jboss.logging.Logger.getLogger(BookingService.class).info("the capture sees the service's loggers");
        assertEquals(1, lines.stream().filter(line -> line.contains("the capture sees")).count());
        List<String> revealing = lines.stream()
                .filter(line -> line.contains("Zebedee") || line.contains("Quillfeather") || line.contains("7700 900461"))
                .toList();
        assertEquals(List.of(), revealing);
    }
}
