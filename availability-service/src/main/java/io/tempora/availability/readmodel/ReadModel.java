package io.tempora.availability.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.kit.kafka.FollowedModel;

/**
 * The in-memory read model: the latest snapshot of every entity availability depends on, per
 * organization, rebuilt from the compacted topics alone. Applying a record is idempotent, so a
 * record seen twice (the outbox publishes at least once) changes nothing.
 */
public final class ReadModel implements FollowedModel<ReadModel> {

    /** The topics this model follows. */
    public static final java.util.List<String> TOPICS = java.util.List.of(
            Topics.PROVIDER_ORGANIZATIONS.name(), Topics.PROVIDER_PROVIDERS.name(), Topics.PROVIDER_SERVICES.name(),
            Topics.PROVIDER_SCHEDULES.name(), Topics.PROVIDER_TIME_OFF.name(), Topics.PROVIDER_DATE_OVERRIDES.name(),
            Topics.PROVIDER_CASELOADS.name(), Topics.RESOURCE_RESOURCES.name(), Topics.RESOURCE_REQUIREMENTS.name(),
            Topics.BOOKING_OCCUPANCY.name());

    private volatile Map<UUID, OrganizationState> organizations = new ConcurrentHashMap<>();
    private final Clock clock;
    /**
     * Shared with the models rebuilt for this one, so that a rebuilt organization's change count
     * is above any it had before: answers cached at an old count never match the rebuilt state.
     */
    private final AtomicLong changeCount;

    public ReadModel(Clock clock) {
        this(clock, new AtomicLong());
    }

    private ReadModel(Clock clock, AtomicLong changeCount) {
        this.clock = clock;
        this.changeCount = changeCount;
    }

    @Override
    public ReadModel empty() {
        return new ReadModel(clock, changeCount);
    }

    @Override
    public void adopt(ReadModel rebuilt) {
        organizations = rebuilt.organizations;
    }

    public Optional<OrganizationState> organization(UUID organizationId) {
        OrganizationState state = organizations.get(organizationId);
        return state == null || state.organization == null ? Optional.empty() : Optional.of(state);
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        RecordKey key = RecordKey.parse(record.key());
        OrganizationState state = organizations.computeIfAbsent(key.organizationId(), id -> new OrganizationState(changeCount));
        String topic = record.topic();
        if (topic.equals(Topics.PROVIDER_ORGANIZATIONS.name())) {
            state.organization = record.value() == null ? null : payload(record, OrganizationSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_PROVIDERS.name())) {
            put(state.providers, key, record, ProviderSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_SERVICES.name())) {
            put(state.services, key, record, ServiceSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_SCHEDULES.name())) {
            put(state.schedules, key, record, ProviderSchedulesSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_TIME_OFF.name())) {
            put(state.timeOff, key, record, TimeOffSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_DATE_OVERRIDES.name())) {
            put(state.overrides, key, record, DateOverrideSnapshot.class);
        } else if (topic.equals(Topics.PROVIDER_CASELOADS.name())) {
            put(state.caseloads, key, record, CaseloadSnapshot.class);
        } else if (topic.equals(Topics.RESOURCE_RESOURCES.name())) {
            put(state.resources, key, record, ResourceSnapshot.class);
        } else if (topic.equals(Topics.RESOURCE_REQUIREMENTS.name())) {
            put(state.requirements, key, record, ResourceRequirementsSnapshot.class);
        } else if (topic.equals(Topics.BOOKING_OCCUPANCY.name())) {
            OccupancySnapshot occupancy = applyOccupancy(state, key, record);
            state.changed();
            // only now may a reader holding this change's consistency token go on: the bookings and the
            // change count (which keys the answers and inputs kept) both show it
            if (occupancy == null) {
                state.occupancyRetired(key.entityId());
            } else {
                state.occupancyApplied(key.entityId(), occupancy.version());
            }
            return;
        }
        state.changed();
    }

    /**
     * Only bookings that still occupy something matter to availability: cancelled ones and ones
     * that have ended are dropped, which keeps the model the size of the future, not of history.
     * Of an ended appointment only who had it with whom is kept (caseload panels).
     */
    /** @return the snapshot applied, or null for a tombstone */
    private OccupancySnapshot applyOccupancy(OrganizationState state, RecordKey key, ConsumerRecord<String, String> record) {
        OccupancySnapshot occupancy = record.value() == null ? null : payload(record, OccupancySnapshot.class);
        boolean ended = occupancy != null && !occupancy.end().isAfter(clock.instant());
        if (ended && occupancy.occupies() && occupancy.clientId() != null) {
            state.clientSeen(occupancy.providerId(), occupancy.clientId());
        }
        if (occupancy == null || !occupancy.occupies() || ended) {
            state.bookingGone(key.entityId());
        } else {
            state.bookings.put(occupancy);
        }
        return occupancy;
    }

    /** Drops bookings that have ended since they arrived; returns how many. */
    public int forgetEnded() {
        Instant now = clock.instant();
        int forgotten = 0;
        for (OrganizationState state : organizations.values()) {
            forgotten += state.forgetEndedBy(now);
        }
        return forgotten;
    }

    private static <T> void put(Map<UUID, T> map, RecordKey key, ConsumerRecord<String, String> record, Class<T> type) {
        if (record.value() == null) {
            map.remove(key.entityId());
        } else {
            map.put(key.entityId(), payload(record, type));
        }
    }

    private static <T> T payload(ConsumerRecord<String, String> record, Class<T> type) {
        return EventJson.readEnvelope(record.value(), type).payload();
    }
}
