package io.tempora.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.localstack.StackService;

/**
 * The practice the fault-injection run books with: 16 providers of a 30-minute consultation,
 * working 08:00-20:00 UTC every day (24 slots a day), and one trainer of a 60-minute group class
 * of 6 seats. Set up through the services' REST APIs as its owner would.
 */
final class ChaosClinic {

    static final String PROVIDERS_API = "http://127.0.0.1:" + StackService.PROVIDER.port();
    static final String BOOKINGS_API = "http://127.0.0.1:" + StackService.BOOKING.port();
    static final int CONSULTATION_PROVIDERS = 16;
    static final int SLOTS_PER_DAY = 24;
    static final int CLASS_SEATS = 6;
    /** Consultations are booked from the day after tomorrow up to this many days ahead. */
    static final int DAYS = 60;

    final UUID organization;
    final UUID consultation;
    final UUID groupClass;
    final List<UUID> consultants;
    final UUID trainer;
    final LocalDate today;

    private ChaosClinic(UUID organization, UUID consultation, UUID groupClass, List<UUID> consultants, UUID trainer,
                        LocalDate today) {
        this.organization = organization;
        this.consultation = consultation;
        this.groupClass = groupClass;
        this.consultants = consultants;
        this.trainer = trainer;
        this.today = today;
    }

    static ChaosClinic setUp() throws InterruptedException {
        List<Map<String, Object>> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.<String, Object>of("dayOfWeek", day, "start", "08:00", "end", "20:00")).toList();
        UUID organization = id(Api.post(PROVIDERS_API + "/v1/organizations", Map.of("name", "Chaos Clinic",
                "slug", "chaos-" + UUID.randomUUID().toString().substring(0, 8), "timeZone", "UTC",
                "businessHours", everyDay, "multiProviderEnabled", true)));
        String base = PROVIDERS_API + "/v1/organizations/" + organization;
        UUID consultation = id(Api.post(base + "/services", Map.of("name", "Consultation", "durationMinutes", 30,
                "slotStepMinutes", 30, "maximumAdvanceDays", 365)));
        UUID groupClass = id(Api.post(base + "/services", Map.of("name", "Pilates class", "durationMinutes", 60,
                "slotStepMinutes", 60, "capacity", CLASS_SEATS, "maximumAdvanceDays", 365)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, Object>> working = everyDay.stream().map(block -> {
            Map<String, Object> available = new java.util.HashMap<>(block);
            available.put("type", "AVAILABLE");
            return available;
        }).toList();
        List<UUID> consultants = new ArrayList<>();
        for (int i = 1; i <= CONSULTATION_PROVIDERS; i++) {
            consultants.add(staff(base, "Consultant " + i, consultation, working, today));
        }
        UUID trainer = staff(base, "Trainer", groupClass, working, today);
        ChaosClinic clinic = new ChaosClinic(organization, consultation, groupClass, consultants, trainer, today);
        clinic.awaitBookable();
        return clinic;
    }

    private static UUID staff(String base, String name, UUID service, List<Map<String, Object>> working, LocalDate today) {
        UUID provider = id(Api.post(base + "/providers", Map.of("type", "INDIVIDUAL", "name", name)));
        Api.post(base + "/providers/" + provider + "/schedules", Map.of("effectiveFrom", today.toString(), "blocks", working));
        Api.post(base + "/services/" + service + "/providers", Map.of("providerId", provider));
        return provider;
    }

    String bookings() {
        return BOOKINGS_API + "/v1/organizations/" + organization + "/bookings";
    }

    /** The n-th consultation slot (08:00 + 30 min * n) of the day {@code day} days from today. */
    Instant consultationSlot(int day, int n) {
        return today.plusDays(day).atTime(8, 0).plusMinutes(30L * n).toInstant(ZoneOffset.UTC);
    }

    /** The class sessions clients fight over: 10:00 and 16:00 on the next three days. */
    List<Instant> classSessions() {
        List<Instant> sessions = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            sessions.add(today.plusDays(day).atTime(10, 0).toInstant(ZoneOffset.UTC));
            sessions.add(today.plusDays(day).atTime(16, 0).toInstant(ZoneOffset.UTC));
        }
        return sessions;
    }

    /** booking-service and availability-service learn of the practice from Kafka: waits until a booking goes through. */
    private void awaitBookable() throws InterruptedException {
        Api.post(bookings() + "/" + probe(consultationSlot(DAYS + 1, 0), Duration.ofSeconds(30)) + "/cancel", null);
    }

    /**
     * An owner's booking with the first consultant, sent again with its Idempotency-Key until the
     * whole stack acknowledges it or {@code patience} has passed; its id. A try that went unanswered
     * may still have booked: the key makes the next one answer with that booking, not a conflict
     * with it. Probes book beyond the days the traffic uses.
     */
    UUID probe(Instant start, Duration patience) throws InterruptedException {
        Map<String, Object> probe = Map.of("serviceId", consultation, "providerId", consultants.get(0),
                "start", start.toString(), "client", Map.of("id", UUID.randomUUID(), "name", "probe"));
        String idempotencyKey = "probe-" + UUID.randomUUID();
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                return id(Api.post(bookings(), probe, idempotencyKey));
            } catch (IllegalStateException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    private static UUID id(com.fasterxml.jackson.databind.JsonNode json) {
        return UUID.fromString(json.get("id").asText());
    }
}
