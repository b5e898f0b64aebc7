package io.tempora.booking;

import java.time.Instant;

import io.tempora.localstack.Management;

/** booking-service's reactive database pool as its metrics show it. */
public final class DatabasePool {

    private DatabasePool() {
    }

    /** Waits until every connection is back in the pool: none held by work that ended. */
    public static void awaitAllConnectionsBack() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        // the outbox relay may be holding one for its batch
        while (inUse() > 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(inUse() + " connections never came back to the pool");
            }
            Thread.sleep(100);
        }
    }

    private static int inUse() {
        String metrics = Management.given().get("/q/metrics").asString();
        return metrics.lines().filter(line -> line.startsWith("sql_pool_active{"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
