package io.tempora.slots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The allocatable resources of one type, in {@link ResourceOrder}, which the requirements of every
 * service needing the type share. A search asks how many sessions the type can serve at each of
 * hundreds of starts; from one start to the next only the few allocations starting or ending in
 * between change the answer, so the pool also keeps every allocation's start, and apart every end,
 * in time order across its resources ({@link Timeline}), worked out when a search first asks and
 * kept for the next ones.
 */
public final class ResourcePool {

    private final List<Resource> resources;
    private final int[] capacities;
    private volatile Timeline timeline;

    public ResourcePool(List<Resource> resources) {
        this.resources = resources.stream().sorted(ResourceOrder.ORDER).toList();
        this.capacities = this.resources.stream().mapToInt(Resource::capacity).toArray();
    }

    /** The resources in {@link ResourceOrder}. */
    public List<Resource> resources() {
        return resources;
    }

    /** The resources' capacities, in their order (the array itself: not to be changed). */
    int[] capacities() {
        return capacities;
    }

    /** The allocations' starts and ends across the resources, merged when first asked for. */
    Timeline timeline() {
        Timeline made = timeline;
        if (made == null) {
            // two searches may both merge them; either result is the same
            made = new Timeline(merged(resources.stream().map(Resource::sortedStarts).toList()),
                    merged(resources.stream().map(Resource::sortedEnds).toList()));
            timeline = made;
        }
        return made;
    }

    /**
     * Every allocation's start, and apart every end, of the pool's resources in time order.
     */
    record Timeline(Events starts, Events ends) {
    }

    /**
     * Times in order, each naming the resource (by its index in the pool) whose allocation starts or
     * ends then.
     */
    record Events(long[] times, int[] resources) {

        int size() {
            return times.length;
        }
    }

    /** One sorted run of times per resource, merged pairwise into one. */
    private static Events merged(List<long[]> runs) {
        List<Events> level = new ArrayList<>(runs.size());
        for (int r = 0; r < runs.size(); r++) {
            int[] owner = new int[runs.get(r).length];
            Arrays.fill(owner, r);
            level.add(new Events(runs.get(r), owner));
        }
        if (level.isEmpty()) {
            return new Events(new long[0], new int[0]);
        }
        while (level.size() > 1) {
            List<Events> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? merge(level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    private static Events merge(Events a, Events b) {
        long[] times = new long[a.size() + b.size()];
        int[] owners = new int[times.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < times.length; k++) {
            boolean fromA = j == b.size() || (i < a.size() && a.times[i] <= b.times[j]);
            times[k] = fromA ? a.times[i] : b.times[j];
            owners[k] = fromA ? a.resources[i++] : b.resources[j++];
        }
        return new Events(times, owners);
    }
}
