package io.tempora.slots;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A resource type a new session needs {@code quantity} distinct resources of, and the type's
 * resources, kept in {@link ResourceOrder}.
 */
public record Requirement(UUID resourceTypeId, int quantity, List<Resource> resources) {

    public Requirement {
        if (quantity < 1) {
            throw new IllegalArgumentException("a requirement needs at least one resource");
        }
        resources = resources.stream().sorted(ResourceOrder.ORDER).toList();
    }

    /**
     * How many new sessions the type's resources can serve at once, given what each has to spare
     * (in the order of {@link #resources}): the largest k for which k sessions of {@code quantity}
     * distinct resources each fit, a resource serving at most its spare capacity of them. That is
     * the largest k with {@code sum(min(spare, k)) >= quantity * k}: a resource can serve each
     * session once, and sessions filled round-robin from the resources with the most to spare never
     * need one twice.
     */
    private int sessionsWith(int[] spare) {
        long spareTotal = 0;
        for (int s : spare) {
            spareTotal += s;
        }
        long low = 0;
        long high = spareTotal / quantity;
        while (low < high) {
            long sessions = (low + high + 1) >>> 1;
            long usable = 0;
            for (int s : spare) {
                usable += Math.min(s, sessions);
            }
            if (usable >= quantity * sessions) {
                low = sessions;
            } else {
                high = sessions - 1;
            }
        }
        return (int) Math.min(low, Integer.MAX_VALUE);
    }

    /** Questions about the sessions free during intervals asked in order of their starts, as a search asks them. */
    Sweep sweep() {
        return new Sweep();
    }

    /**
     * Answers how many new sessions the type's resources can serve at once during intervals asked
     * about in order of their starts. Each resource's places (how many of its allocations start before
     * the end, how many end by the start) are found by binary search for the first question and
     * walked on from there for the next: a step or two, where the ends of providers of different
     * durations may also step back. One per search: the resources are shared by concurrent
     * searches, the places in them are not.
     */
    final class Sweep {

        private final int[] startingBefore = new int[resources.size()];
        private final int[] endingBy = new int[resources.size()];
        private final int[] spare = new int[resources.size()];
        private boolean asked;

        /** The sessions free during {@code [start, end)}. */
        int sessionsFreeDuring(long start, long end) {
            for (int r = 0; r < spare.length; r++) {
                Resource resource = resources.get(r);
                startingBefore[r] = asked ? resource.startingBefore(end, startingBefore[r]) : resource.startingBefore(end);
                endingBy[r] = asked ? resource.endingBy(start, endingBy[r]) : resource.endingBy(start);
                spare[r] = resource.spare(startingBefore[r], endingBy[r]);
            }
            asked = true;
            return sessionsWith(spare);
        }
    }

    /**
     * The resources a new session takes during {@code [start, end)}: the chosen ones, then the
     * first free ones in {@link ResourceOrder}, {@code quantity} in all.
     *
     * @param chosen     resources of this type asked for, at most {@code quantity}
     * @param overriding staff overriding conflicts: a chosen resource is taken even when busy
     */
    public Choice choose(long start, long end, List<UUID> chosen, boolean overriding) {
        List<UUID> free = new ArrayList<>();
        for (Resource resource : resources) {
            if (resource.freeDuring(start, end)) {
                free.add(resource.id());
            }
        }
        List<UUID> picked = new ArrayList<>();
        List<UUID> busyChosen = new ArrayList<>();
        for (UUID resource : chosen) {
            if (free.contains(resource) || overriding) {
                picked.add(resource);
            }
            if (!free.contains(resource)) {
                busyChosen.add(resource);
            }
        }
        if (busyChosen.isEmpty() || overriding) {
            for (UUID resource : free) {
                if (picked.size() >= quantity) {
                    break;
                }
                if (!picked.contains(resource)) {
                    picked.add(resource);
                }
            }
        }
        return new Choice(resourceTypeId, quantity, List.copyOf(free), List.copyOf(picked), List.copyOf(busyChosen));
    }

    /**
     * What a new session would take of one required type.
     *
     * @param free       the type's free resources, in {@link ResourceOrder}
     * @param picked     the ones it would take (chosen first); fewer than {@code quantity} when not enough are free
     * @param busyChosen chosen resources that are not free
     */
    public record Choice(UUID resourceTypeId, int quantity, List<UUID> free, List<UUID> picked, List<UUID> busyChosen) {

        /** How many more resources of the type the session would need. */
        public int missing() {
            return Math.max(0, quantity - picked.size());
        }

        /** The session has what it needs of this type, none of it taken over a busy resource. */
        public boolean satisfied() {
            return missing() == 0 && busyChosen.isEmpty();
        }
    }
}
