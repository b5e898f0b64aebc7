package io.tempora.slots;

import java.util.List;

/** A resource type a booking needs {@code quantity} of, and the resources of that type. */
public record Requirement(int quantity, List<Resource> resources) {

    /** How many new bookings the type's free resources allow during {@code [start, end)}. */
    int sessionsFreeDuring(long start, long end) {
        int free = 0;
        for (Resource resource : resources) {
            if (resource.freeDuring(start, end)) {
                free++;
            }
        }
        return free / quantity;
    }
}
