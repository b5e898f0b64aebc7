package io.tempora.persistence.db;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * The reactive pool as Quarkus configures it, with a bounded wait ({@link DatabasePoolConfig}).
 * Vert.x's defaults let any number of requests wait 30 s each. After a database restart under
 * traffic, that queue grew to thousands: requests whose clients had hung up and sent them again
 * still held connections in turn, and the service stayed unready for minutes (docs/reliability.md).
 */
@Singleton
public class ShedLoadPoolCreator implements PgPoolCreator {

    private final DatabasePoolConfig config;

    public ShedLoadPoolCreator(DatabasePoolConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setMaxWaitQueueSize(config.maxWaiting())
                .setConnectionTimeout(Math.toIntExact(config.connectionWait().toMillis()))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), options);
    }
}
