package io.tempora.slots;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource type a new session needs {@code quantity} distinct resources of, and the type's
 * resources ({@link ResourcePool}, kept in {@link ResourceOrder}).
 */
public record Requirement(UUID resourceTypeId, int quantity, ResourcePool pool) {

    public Requirement {
        if (quantity < 1) {
            throw new IllegalArgumentException("a requirement needs at least one resource");
        }
        Objects.requireNonNull(pool, "pool");
    }

    /** A requirement with a pool of its own. */
    public Requirement(UUID resourceTypeId, int quantity, List<Resource> resources) {
        this(resourceTypeId, quantity, new ResourcePool(resources));
    }

    /** The type's resources, in {@link ResourceOrder}. */
    public List<Resource> resources() {
        return pool.resources();
    }

    /**
     * How many new sessions the type's resources can serve at once, given what each has to spare
     * (in the order of {@link #resources}) and its sum: the largest k for which k sessions of
     * {@code quantity} distinct resources each fit, a resource serving at most its spare capacity of
     * them. That is the largest k with {@code sum(min(spare, k)) >= quantity * k}: a resource can
     * serve each session once, and sessions filled round-robin from the resources with the most to
     * spare never need one twice. Of sessions needing one resource each, that is the sum.
     */
    private int sessionsWith(int[] spare, long spareTotal) {
        if (quantity == 1) {
            return (int) Math.min(spareTotal, Integer.MAX_VALUE);
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
     * about in order of their starts. The first question counts each resource's allocations
     * overlapping it by binary search; each next one follows the pool's {@link ResourcePool.Timeline}
     * from the previous question's places, counting in or out only the allocations that started
     * before the new end or ended by the new start since (the ends of providers of different
     * durations may also step back): at each start a few allocations, where the resources are tens.
     * One per search: the pool is shared by concurrent searches, the places in it are not.
     */
    final class Sweep {

        private final List<Resource> resources = pool.resources();
        private final int[] capacities = pool.capacities();
        private final ResourcePool.Events starts = pool.timeline().starts();
        private final ResourcePool.Events ends = pool.timeline().ends();
        /** Per resource, its allocations overlapping the last interval asked about. */
        private final int[] overlapping = new int[resources.size()];
        private final int[] spare = new int[resources.size()];
        private long spareTotal;
        /** How many of the timeline's starts come before the last interval's end. */
        private int startedBeforeEnd;
        /** How many of the timeline's ends come at or before the last interval's start. */
        private int endedByStart;
        private boolean asked;
        private boolean changed;
        private int sessions;

        /** The sessions free during {@code [start, end)}. */
        int sessionsFreeDuring(long start, long end) {
            if (!asked) {
                countAt(start, end);
                asked = true;
            } else {
                followTo(start, end);
            }
            if (changed) {
                sessions = sessionsWith(spare, spareTotal);
                changed = false;
            }
            return sessions;
        }

        private void countAt(long start, long end) {
            for (int r = 0; r < overlapping.length; r++) {
                overlapping[r] = resources.get(r).overlapping(start, end);
                spare[r] = spareOf(r);
                spareTotal += spare[r];
            }
            startedBeforeEnd = SortedLongs.countBelow(starts.times(), end);
            endedByStart = SortedLongs.countBelow(ends.times(), start + 1);
            changed = true;
        }

        private void followTo(long start, long end) {
            long[] startTimes = starts.times();
            while (startedBeforeEnd < startTimes.length && startTimes[startedBeforeEnd] < end) {
                add(starts.resources()[startedBeforeEnd++], 1);
            }
            while (startedBeforeEnd > 0 && startTimes[startedBeforeEnd - 1] >= end) {
                add(starts.resources()[--startedBeforeEnd], -1);
            }
            long[] endTimes = ends.times();
            while (endedByStart < endTimes.length && endTimes[endedByStart] <= start) {
                add(ends.resources()[endedByStart++], -1);
            }
            while (endedByStart > 0 && endTimes[endedByStart - 1] > start) {
                add(ends.resources()[--endedByStart], 1);
            }
        }

        private void add(int resource, int allocations) {
            overlapping[resource] += allocations;
            int now = spareOf(resource);
            spareTotal += now - spare[resource];
            spare[resource] = now;
            changed = true;
        }

        /** What the resource has to spare with the allocations now counted as overlapping. */
        private int spareOf(int resource) {
            return Math.max(0, capacities[resource] - overlapping[resource]);
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
        for (Resource resource : pool.resources()) {
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
