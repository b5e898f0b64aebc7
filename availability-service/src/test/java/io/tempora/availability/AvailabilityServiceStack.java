package io.tempora.availability;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.tempora.localstack.LocalStackTestResource;

/** Every test of this service runs against the real Kafka of the local stack. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
public final class AvailabilityServiceStack {

    private AvailabilityServiceStack() {
    }
}
