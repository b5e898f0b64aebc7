package io.tempora.localstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker. The stack is
 * started once per test JVM and shared by every test class and profile; it stops when the JVM
 * ends. Init arg {@code database} names the service's database (omit it for a service without).
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private ServiceDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = ServiceDatabase.named(initArgs.get("database"));
    }

    @Override
    public Map<String, String> start() {
        LocalStack stack = shared();
        actAsOwnerByDefault(stack.tokens());
        return stack.serviceConfig(database);
    }

    private static synchronized void actAsOwnerByDefault(TokenIssuer tokens) {
        if (RestAssured.filters().stream().noneMatch(ActingAsOwner.class::isInstance)) {
            RestAssured.filters(new ActingAsOwner(tokens));
        }
    }

    @Override
    public void stop() {
        // shared across test classes and profiles: the JVM shutdown hook stops it
    }

    /** The stack of this test JVM, for tests that stop and restart Kafka or read topics. */
    public static synchronized LocalStack shared() {
        return SharedStack.INSTANCE;
    }

    private static final class SharedStack {
        static final LocalStack INSTANCE = startWithShutdownHook();

        private static LocalStack startWithShutdownHook() {
            LocalStack stack = LocalStack.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
            return stack;
        }
    }
}
