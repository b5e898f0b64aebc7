package io.tempora.resource;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.kit.kafka.FollowerReadiness;
import io.tempora.localstack.ServiceContractTests;

@QuarkusTest
class ResourceServiceContractTest extends ServiceContractTests {

    @Override
    protected List<String> readinessChecks() {
        return List.of(DATABASE_CHECK, FollowerReadiness.NAME);
    }
}
