package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.Publisher;
import io.tempora.kit.kafka.CompactedTopicFollower;
import io.tempora.contracts.rules.ProviderSelection;

/** A new replica (or a restart) rebuilds the same read model from Kafka alone. */
@QuarkusTest
class RebuildFromKafkaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ReadModel running;

    @Test
    void aFreshModelReadFromTheTopicsEqualsTheRunningOne() {
        UUID organization;
        try (Publisher publish = new Publisher(bootstrapServers)) {
            publish.organization(true);
            UUID dana = publish.provider("Dana");
            UUID removed = publish.provider("Removed");
            publish.service(30, 1, ProviderSelection.CLIENT_CHOOSES, List.of(dana, removed));
            publish.schedule(dana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
            publish.schedule(dana, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(14, 0));
            organization = publish.organization;
        }
        awaitProviders(running, organization, 2);

        ReadModel rebuilt = new ReadModel(java.time.Clock.systemUTC());
        try (CompactedTopicFollower follower = new CompactedTopicFollower("rebuild-test",
                Map.of("bootstrap.servers", bootstrapServers), ReadModel.TOPICS, rebuilt).start()) {
            await().atMost(Duration.ofSeconds(30)).until(follower::caughtUp);
        }

        OrganizationState before = running.organization(organization).orElseThrow();
        OrganizationState after = rebuilt.organization(organization).orElseThrow();
        assertEquals(before.organization(), after.organization());
        assertEquals(before.providers(), after.providers());
        assertEquals(before.services(), after.services());
        assertEquals(before.schedules(), after.schedules());
        assertEquals(LocalTime.of(14, 0), after.schedules().values().iterator().next().schedules().get(0).blocks().get(0).end(),
                "the latest schedule snapshot wins");
    }

    private static void awaitProviders(ReadModel model, UUID organization, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> model.organization(organization)
                .filter(state -> state.providers().size() == count && state.schedules().size() == 1)
                .map(state -> state.schedules().values().iterator().next().schedules().get(0).blocks().get(0).end())
                .filter(LocalTime.of(14, 0)::equals)
                .isPresent());
    }
}
