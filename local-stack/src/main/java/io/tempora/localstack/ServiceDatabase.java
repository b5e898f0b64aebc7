package io.tempora.localstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The services that own a database, named as their database is. */
public enum ServiceDatabase {
    PROVIDER("provider"),
    RESOURCE("resource"),
    BOOKING("booking");

    private final String databaseName;

    ServiceDatabase(String databaseName) {
        this.databaseName = databaseName;
    }

    public String databaseName() {
        return databaseName;
    }

    /** The database a test resource's {@code database} init arg names (e.g. {@code booking}), or null for none. */
    static ServiceDatabase named(String name) {
        return name == null ? null : valueOf(name.toUpperCase(Locale.ROOT));
    }

    static List<String> allNames() {
        return Arrays.stream(values()).map(ServiceDatabase::databaseName).toList();
    }
}
