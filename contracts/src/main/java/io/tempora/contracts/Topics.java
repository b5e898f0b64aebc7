package io.tempora.contracts;

import static io.tempora.contracts.TopicSpec.Kind.COMPACTED;
import static io.tempora.contracts.TopicSpec.Kind.EVENTS;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every topic of the platform. The single source for topic creation (local stack),
 * Kubernetes {@code KafkaTopic} resources and the services' producers and consumers.
 */
public final class Topics {

    /** Enough for a few busy organizations per partition; see docs/topics.md for the reasoning. */
    public static final int PARTITIONS = 6;
    public static final Duration EVENT_RETENTION = Duration.ofDays(7);
    /** Long enough for an operator to look at a dead letter and re-drive it after a holiday. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    public static final TopicSpec PROVIDER_ORGANIZATIONS = compacted("provider.organizations.v1");
    public static final TopicSpec PROVIDER_PROVIDERS = compacted("provider.providers.v1");
    public static final TopicSpec PROVIDER_SERVICES = compacted("provider.services.v1");
    public static final TopicSpec PROVIDER_SCHEDULES = compacted("provider.schedules.v1");
    public static final TopicSpec PROVIDER_TIME_OFF = compacted("provider.time-off.v1");
    public static final TopicSpec PROVIDER_DATE_OVERRIDES = compacted("provider.date-overrides.v1");
    public static final TopicSpec PROVIDER_CASELOADS = compacted("provider.caseloads.v1");
    public static final TopicSpec PROVIDER_TIME_OFF_EVENTS = events("provider.time-off-events.v1");
    /** The rollout of multi-provider per organization, as it happened. */
    public static final TopicSpec PROVIDER_ORGANIZATION_EVENTS = events("provider.organization-events.v1");

    public static final TopicSpec RESOURCE_TYPES = compacted("resource.resource-types.v1");
    public static final TopicSpec RESOURCE_RESOURCES = compacted("resource.resources.v1");
    public static final TopicSpec RESOURCE_REQUIREMENTS = compacted("resource.requirements.v1");

    public static final TopicSpec BOOKING_OCCUPANCY = compacted("booking.occupancy.v1");
    public static final TopicSpec BOOKING_EVENTS = events("booking.events.v1");
    /** Appointments of imported practices, to become bookings; compacted, so none is lost to retention. */
    public static final TopicSpec BOOKING_IMPORTS = compacted("booking.imports.v1");

    /*
     * Dead letters: each consumer's records that kept failing, with the error and the topic they
     * came from in their headers, to look at and re-drive (docs/operations: dead letters).
     */
    public static final TopicSpec BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS = deadLetters("booking.time-off-events-dead-letters.v1");
    public static final TopicSpec BOOKING_IMPORTS_DEAD_LETTERS = deadLetters("booking.imports-dead-letters.v1");
    public static final TopicSpec PROVIDER_BOOKING_EVENTS_DEAD_LETTERS = deadLetters("provider.booking-events-dead-letters.v1");
    public static final TopicSpec PROVIDER_BOOKING_OCCUPANCY_DEAD_LETTERS =
            deadLetters("provider.booking-occupancy-dead-letters.v1");

    public static final List<TopicSpec> ALL = List.of(
            PROVIDER_ORGANIZATIONS, PROVIDER_PROVIDERS, PROVIDER_SERVICES, PROVIDER_SCHEDULES,
            PROVIDER_TIME_OFF, PROVIDER_DATE_OVERRIDES, PROVIDER_CASELOADS, PROVIDER_TIME_OFF_EVENTS,
            PROVIDER_ORGANIZATION_EVENTS,
            RESOURCE_TYPES, RESOURCE_RESOURCES, RESOURCE_REQUIREMENTS,
            BOOKING_OCCUPANCY, BOOKING_EVENTS, BOOKING_IMPORTS,
            BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS, BOOKING_IMPORTS_DEAD_LETTERS, PROVIDER_BOOKING_EVENTS_DEAD_LETTERS,
            PROVIDER_BOOKING_OCCUPANCY_DEAD_LETTERS);

    private Topics() {
    }

    public static Optional<TopicSpec> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    private static TopicSpec compacted(String name) {
        return new TopicSpec(name, COMPACTED, PARTITIONS, null);
    }

    private static TopicSpec events(String name) {
        return new TopicSpec(name, EVENTS, PARTITIONS, EVENT_RETENTION);
    }

    private static TopicSpec deadLetters(String name) {
        return new TopicSpec(name, EVENTS, PARTITIONS, DEAD_LETTER_RETENTION);
    }
}
