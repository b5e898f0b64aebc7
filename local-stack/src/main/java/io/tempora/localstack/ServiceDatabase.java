package io.tempora.localstack;

import java.util.List;

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

    static List<String> allNames() {
        return java.util.Arrays.stream(values()).map(ServiceDatabase::databaseName).toList();
    }
}
