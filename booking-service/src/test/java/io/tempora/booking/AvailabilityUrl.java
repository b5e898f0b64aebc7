package io.tempora.booking;

import io.tempora.localstack.NeighbourServiceTestResource;

/** Where the availability-service the tests run next to this service listens. */
final class AvailabilityUrl {

    private AvailabilityUrl() {
    }

    static String get() {
        return NeighbourServiceTestResource.running("availability-service", null).url();
    }
}
