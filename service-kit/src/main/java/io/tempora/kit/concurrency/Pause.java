package io.tempora.kit.concurrency;

import java.time.Duration;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A pause before trying something again that resumes on the caller's Vert.x context, where
 * Hibernate Reactive needs the next attempt to run: the pause is a Vert.x timer, so no thread
 * sleeps. Outside a Vert.x context (a plain test) it is an ordinary delay.
 */
public final class Pause {

    private Pause() {
    }

    public static Uni<Void> onContext(Duration length) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(length);
        }
        return Uni.createFrom().emitter(emitter -> context.owner().setTimer(Math.max(1, length.toMillis()),
                timer -> context.runOnContext(ignored -> emitter.complete(null))));
    }
}
