package io.tempora.persistence.db;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;

/**
 * A pool that hands out a connection only to a request that got it within
 * {@link DatabasePoolConfig#connectionWait()}: one that waited longer gives it back at once and
 * fails as too busy, since its client has most likely given up and sent it again. Under a burst of
 * retries the pool thus serves the requests somebody still waits for, not a queue of abandoned
 * ones. The deadline is checked when the connection arrives, never by a timer cancelling the
 * wait, which in Vert.x 4.5 can lose the connection ({@link ShedLoadPoolCreator}).
 */
final class ShedLoadPool implements PgPool {

    private final PgPool pool;
    private final Duration connectionWait;
    private final Clock clock;
    private final DatabaseQueue queue;

    ShedLoadPool(PgPool pool, Duration connectionWait, Clock clock, DatabaseQueue queue) {
        this.pool = pool;
        this.connectionWait = connectionWait;
        this.clock = clock;
        this.queue = queue;
    }

    @Override
    public Future<SqlConnection> getConnection() {
        long askedAt = clock.millis();
        queue.waitStarted();
        return pool.getConnection().onFailure(refused -> queue.refused()).compose(connection -> {
            long waited = clock.millis() - askedAt;
            queue.handedAfter(waited);
            if (waited <= connectionWait.toMillis()) {
                return Future.succeededFuture(connection);
            }
            connection.close();
            return Future.failedFuture(new ConnectionPoolTooBusyException(
                    "waited " + waited + " ms for a connection, longer than " + connectionWait.toMillis() + " ms"));
        });
    }

    @Override
    public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
        getConnection().onComplete(handler);
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return pool.query(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return pool.preparedQuery(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return pool.preparedQuery(sql, options);
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        pool.close(handler);
    }

    @Override
    public Future<Void> close() {
        return pool.close();
    }

    @Override
    public PgPool connectHandler(Handler<SqlConnection> handler) {
        pool.connectHandler(handler);
        return this;
    }

    @Override
    public PgPool connectionProvider(Function<Context, Future<SqlConnection>> provider) {
        pool.connectionProvider(provider);
        return this;
    }

    @Override
    public int size() {
        return pool.size();
    }
}
