package io.tempora.persistence.db;

import java.sql.SQLException;

import io.vertx.pgclient.PgException;

/** The SQLSTATE of a database failure: Hibernate Reactive reports {@link SQLException}s, the plain client {@link PgException}s. */
final class SqlState {

    private SqlState() {
    }

    /** The failure's own SQLSTATE, or null when it is not a database error. */
    static String of(Throwable failure) {
        return failure instanceof PgException pg ? pg.getSqlState()
                : failure instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
