package io.tempora.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An in-memory model a {@link CompactedTopicFollower} keeps current. When applying a record fails
 * the model may hold half a change, so the follower rebuilds a fresh one from the topics'
 * beginning and has the live one {@linkplain #adopt adopt} it: readers keep the live object and see
 * its old content until then, never a model that has gone back to an older state.
 *
 * @param <M> the model's own type
 */
public interface FollowedModel<M extends FollowedModel<M>> {

    /** Applies one record; a record seen twice changes nothing. */
    void apply(ConsumerRecord<String, String> record);

    /** A new, empty model of the same kind, for a rebuild to fill. */
    M empty();

    /** Takes a rebuilt model's content as its own, each part in one step, so a reader sees the old part or the new. */
    void adopt(M rebuilt);
}
