package io.tempora.booking;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.NeighbourServiceTestResource;

/**
 * Every test of this service runs against the real PostgreSQL and Kafka of the local stack and
 * the real availability-service, started from its built jar on the same stack.
 */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
@WithTestResource(value = NeighbourServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "availability-service"),
                @ResourceArg(name = "urlProperty", value = "quarkus.rest-client.availability.url")})
public final class BookingServiceStack {

    private BookingServiceStack() {
    }
}
