package io.tempora.availability.slots;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.tempora.availability.AvailabilityConfig;
import io.tempora.availability.readmodel.OrganizationState;

/**
 * The {@link OrganizationInputs} of the organizations asked about lately, each until its next
 * change. Unlike the answer cache this keeps no answer: every search still runs the engine and
 * writes its JSON, but no longer sorts the organization's whole book to do so. Bounded by the bytes
 * the inputs are estimated to hold (a second, sorted copy of each one's book), like the answer cache:
 * one large organization's book weighs as much as hundreds of small ones.
 */
@ApplicationScoped
public class OrganizationInputsCache {

    private final long maximumBytes;
    private final Map<UUID, OrganizationInputs> inputs = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public OrganizationInputsCache(AvailabilityConfig config) {
        this.maximumBytes = config.inputsMaximumBytes().asLongValue();
    }

    /** The inputs of the organization as it is now, made anew when it changed since they were made. */
    OrganizationInputs of(UUID organizationId, OrganizationState state) {
        long changes = state.changes();
        OrganizationInputs kept;
        synchronized (inputs) {
            kept = inputs.get(organizationId);
        }
        if (kept != null && kept.currentAt(changes)) {
            return kept;
        }
        // made outside the lock: other organizations' searches need not wait for this one's book
        OrganizationInputs made = OrganizationInputs.of(state, changes);
        synchronized (inputs) {
            OrganizationInputs replaced = inputs.remove(organizationId);
            if (replaced != null) {
                bytes -= replaced.estimatedBytes();
            }
            // inputs larger than the whole budget serve this search only
            if (made.estimatedBytes() <= maximumBytes) {
                inputs.put(organizationId, made);
                bytes += made.estimatedBytes();
            }
            Iterator<OrganizationInputs> leastRecent = inputs.values().iterator();
            while (bytes > maximumBytes && leastRecent.hasNext()) {
                bytes -= leastRecent.next().estimatedBytes();
                leastRecent.remove();
            }
        }
        return made;
    }
}
