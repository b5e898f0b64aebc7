package io.tempora.localstack;

/** The four services of a local stack, on the ports {@code ./stack.sh} gives them, with their databases. */
public enum StackService {
    AVAILABILITY("availability-service", 8080, null),
    PROVIDER("provider-service", 8081, ServiceDatabase.PROVIDER),
    RESOURCE("resource-service", 8082, ServiceDatabase.RESOURCE),
    BOOKING("booking-service", 8083, ServiceDatabase.BOOKING);

    private final String module;
    private final int port;
    private final ServiceDatabase database;

    StackService(String module, int port, ServiceDatabase database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    /** Its Maven module, which is also its name. */
    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    /** Its own database; null for availability-service, which keeps everything in memory. */
    public ServiceDatabase database() {
        return database;
    }
}
