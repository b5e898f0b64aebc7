package io.tempora.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tempora.contracts.TopicSpec;
import io.tempora.contracts.Topics;

class LocalStackTest {

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.startTemporary();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyServiceDatabaseAcceptsConnections() throws Exception {
        for (ServiceDatabase database : ServiceDatabase.values()) {
            Map<String, String> config = stack.serviceConfig(database);
            try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    PostgresServer.USER, PostgresServer.PASSWORD);
                 ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
                row.next();
                assertEquals(database.databaseName(), row.getString(1));
            }
        }
    }

    @Test
    void everyTopicExistsWithItsPartitionsAndCleanupPolicy() throws Exception {
        try (Admin admin = stack.kafka().admin()) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (TopicSpec topic : Topics.ALL) {
                assertTrue(names.contains(topic.name()), topic.name() + " missing");
                TopicDescription description = admin.describeTopics(List.of(topic.name()))
                        .allTopicNames().get(10, TimeUnit.SECONDS).get(topic.name());
                assertEquals(topic.partitions(), description.partitions().size(), topic.name());
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
                Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
                assertEquals(topic.compacted() ? "compact" : "delete", config.get("cleanup.policy").value(), topic.name());
                if (!topic.compacted()) {
                    assertEquals(String.valueOf(topic.retention().toMillis()), config.get("retention.ms").value());
                }
            }
        }
    }

    @Test
    void kafkaComesBackOnTheSamePortWithItsTopicsAfterARestart() throws Exception {
        String before = stack.kafka().bootstrapServers();
        stack.kafka().stop();
        assertFalse(stack.kafka().running());
        stack.kafka().start();
        assertEquals(before, stack.kafka().bootstrapServers());
        try (Admin admin = stack.kafka().admin()) {
            assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(Topics.BOOKING_EVENTS.name()));
        }
    }
}
