package io.tempora.contracts.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;

class ServiceSnapshotTest {

    /** Few ids for many offerings: some providers are listed twice, some asked about offer nothing. */
    private static final List<UUID> PROVIDERS = List.of(UUID.fromString("00000000-0000-4000-8000-000000000001"),
            UUID.fromString("00000000-0000-4000-8000-000000000002"), UUID.fromString("00000000-0000-4000-8000-000000000003"),
            UUID.fromString("00000000-0000-4000-8000-000000000004"), UUID.fromString("00000000-0000-4000-8000-000000000005"));

    @Property
    void aProvidersTermsAreThoseOfTheFirstOfferingListingThem(@ForAll("offerings") List<ServiceSnapshot.Offering> offerings) {
        ServiceSnapshot service = service(offerings);

        for (UUID provider : PROVIDERS) {
            Optional<ServiceSnapshot.Offering> listed = Optional.empty();
            for (ServiceSnapshot.Offering offering : offerings) {
                if (offering.providerId().equals(provider)) {
                    listed = Optional.of(offering);
                    break;
                }
            }
            assertEquals(listed, service.offering(provider));
            Integer ownDuration = listed.map(ServiceSnapshot.Offering::durationMinutes).orElse(null);
            assertEquals(ownDuration != null ? ownDuration : service.durationMinutes(), service.durationMinutesWith(provider));
            assertEquals(listed.map(ServiceSnapshot.Offering::price).orElse(service.price()), service.priceWith(provider));
        }
        assertEquals(offerings, service.providers());
    }

    @Property
    void aSnapshotReadFromItsEventEqualsTheOneWritten(@ForAll("offerings") List<ServiceSnapshot.Offering> offerings) {
        ServiceSnapshot service = service(offerings);
        EventEnvelope<ServiceSnapshot> event = new EventEnvelope<>(UUID.randomUUID(), service.organizationId(),
                ServiceSnapshot.TYPE, Instant.parse("2026-12-05T06:00:00Z"), 1, service);

        ServiceSnapshot read = EventJson.readEnvelope(EventJson.write(event), ServiceSnapshot.class).payload();

        assertEquals(service, read);
        assertEquals(offerings, read.providers());
        for (UUID provider : PROVIDERS) {
            assertEquals(service.offering(provider), read.offering(provider));
        }
    }

    @Provide
    Arbitrary<List<ServiceSnapshot.Offering>> offerings() {
        Arbitrary<ServiceSnapshot.Offering> offering = Combinators.combine(Arbitraries.of(PROVIDERS),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(5, 240).injectNull(0.5),
                        Arbitraries.integers().between(0, 500).map(amount -> new ServiceSnapshot.Money(
                                BigDecimal.valueOf(amount), "EUR")).injectNull(0.5))
                .as(ServiceSnapshot.Offering::new);
        return offering.list().ofMaxSize(8);
    }

    private static ServiceSnapshot service(List<ServiceSnapshot.Offering> offerings) {
        return new ServiceSnapshot(UUID.fromString("00000000-0000-4000-8000-0000000000aa"),
                UUID.fromString("00000000-0000-4000-8000-0000000000bb"), "Physiotherapy", 30, 0, 5, 15, 1, 0, 90,
                ProviderSelection.CLIENT_CHOOSES, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                new ServiceSnapshot.Money(new BigDecimal("60"), "EUR"), true, offerings, 3);
    }
}
