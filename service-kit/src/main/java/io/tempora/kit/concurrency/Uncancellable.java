package io.tempora.kit.concurrency;

import io.smallrye.mutiny.Uni;

/**
 * Work that runs to its end even when whoever waits for it stops waiting (a timeout, a client
 * that hangs up): the waiter's cancellation stops at this boundary and the outcome is dropped.
 * For work that leaks when cancelled half-way: a Hibernate Reactive session (quarkusio/quarkus#51576)
 * or a REST client request cancelled while it waits for a pooled connection, each of which keeps
 * its connection for good. The work must bound itself (its own timeouts).
 */
public final class Uncancellable {

    private Uncancellable() {
    }

    public static <T> Uni<T> of(Uni<T> work) {
        return Uni.createFrom().emitter(waiting -> work.subscribe().with(waiting::complete, waiting::fail));
    }
}
