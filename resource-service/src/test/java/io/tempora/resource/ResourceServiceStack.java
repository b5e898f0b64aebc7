package io.tempora.resource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.tempora.localstack.LocalStackTestResource;

/** Every test of this service runs against the real PostgreSQL and Kafka of the local stack. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "resource"))
public final class ResourceServiceStack {

    private ResourceServiceStack() {
    }
}
