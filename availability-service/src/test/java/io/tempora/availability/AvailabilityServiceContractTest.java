package io.tempora.availability;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.kit.kafka.FollowerReadiness;
import io.tempora.localstack.ServiceContractTests;

@QuarkusTest
class AvailabilityServiceContractTest extends ServiceContractTests {

    @Override
    protected List<String> readinessChecks() {
        return List.of(FollowerReadiness.NAME);
    }
}
