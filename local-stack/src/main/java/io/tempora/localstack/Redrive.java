package io.tempora.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tempora.contracts.DeadLetterHeaders;
import io.tempora.contracts.OrganizationPartitioner;

/**
 * Sends a consumer's dead letters back to the topics they came from, once the cause is fixed: each
 * record with its key and value to the topic its {@code tempora-source-topic} header names, on its
 * organization's partition. The consumers apply an event once, so a record that did get through
 * before is harmless. It sends the letters there when it starts (one that fails again comes back
 * for the next run) and commits them in the group {@code tempora-redrive}, so a second run sends
 * only letters that arrived since.
 *
 * <pre>
 * java -cp "local-stack/target/classes:$(cat local-stack/target/classes/io/tempora/localstack/runtime.classpath)" \
 *   io.tempora.localstack.Redrive localhost:9092 booking.time-off-events-dead-letters.v1
 * </pre>
 */
public final class Redrive {

    private Redrive() {
    }

    public static void main(String[] arguments) {
        if (arguments.length != 2) {
            System.err.println("usage: Redrive <bootstrap servers> <dead-letter topic>");
            System.exit(2);
        }
        int sent = redrive(arguments[0], arguments[1]);
        System.out.printf("redrive: %d dead letters of %s sent back to where they came from%n", sent, arguments[1]);
    }

    /** @return how many dead letters were sent back */
    public static int redrive(String bootstrapServers, String deadLetterTopic) {
        Properties consumerSettings = new Properties();
        consumerSettings.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tempora-redrive", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        Properties producerSettings = new Properties();
        producerSettings.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                // back to the partition of its organization, as the outbox sends
                ProducerConfig.PARTITIONER_CLASS_CONFIG, OrganizationPartitioner.class.getName()));
        int sent = 0;
        try (KafkaConsumer<String, String> letters = new KafkaConsumer<>(consumerSettings);
             KafkaProducer<String, String> sources = new KafkaProducer<>(producerSettings)) {
            List<TopicPartition> partitions = letters.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            letters.assign(partitions);
            // only the letters there now: one that fails again and comes back during the run waits for the next run
            Map<TopicPartition, Long> ends = letters.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed = letters.committed(Set.copyOf(partitions), Duration.ofSeconds(30));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    letters.seekToBeginning(List.of(partition));
                } else {
                    letters.seek(partition, done.offset());
                }
            }
            while (partitions.stream().anyMatch(partition -> letters.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> letter : letters.poll(Duration.ofSeconds(2))) {
                    if (letter.offset() >= ends.get(new TopicPartition(letter.topic(), letter.partition()))) {
                        continue;
                    }
                    Header source = letter.headers().lastHeader(DeadLetterHeaders.SOURCE_TOPIC);
                    if (source == null) {
                        System.err.printf("skipped %s@%d: no %s header%n", letter.topic(), letter.offset(),
                                DeadLetterHeaders.SOURCE_TOPIC);
                        continue;
                    }
                    sources.send(new ProducerRecord<>(new String(source.value(), StandardCharsets.UTF_8), letter.key(),
                            letter.value()));
                    sent++;
                }
                sources.flush();
                Map<TopicPartition, OffsetAndMetadata> reached = new java.util.HashMap<>();
                partitions.forEach(partition -> reached.put(partition,
                        new OffsetAndMetadata(Math.min(letters.position(partition), ends.get(partition)))));
                letters.commitSync(reached);
            }
        }
        return sent;
    }
}
