package io.tempora.availability.slots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.tempora.availability.AvailabilityConfig;
import io.tempora.availability.readmodel.OrganizationState;

/**
 * The {@link OrganizationInputs} of the organizations asked about lately, each until its next
 * change. Unlike the answer cache this keeps no answer: every search still runs the engine and
 * writes its JSON, but no longer sorts the organization's whole book to do so. Bounded by a number
 * of organizations, as the inputs hold a second, sorted copy of each one's book.
 */
@ApplicationScoped
public class OrganizationInputsCache {

    private final int maximumOrganizations;
    private final Map<UUID, OrganizationInputs> inputs = new LinkedHashMap<>(64, 0.75f, true);

    public OrganizationInputsCache(AvailabilityConfig config) {
        this.maximumOrganizations = config.inputsKeptForOrganizations();
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
            inputs.put(organizationId, made);
            if (inputs.size() > maximumOrganizations) {
                inputs.remove(inputs.keySet().iterator().next());
            }
        }
        return made;
    }
}
