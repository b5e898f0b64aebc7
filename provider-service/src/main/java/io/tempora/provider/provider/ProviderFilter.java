package io.tempora.provider.provider;

import java.util.UUID;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The list filters of {@code GET /providers}; all optional and combined with "and".
 * {@code specialty} matches any specialty containing the text, ignoring case.
 */
public class ProviderFilter {

    @RestQuery
    Provider.Type type;

    @RestQuery
    UUID parentProviderId;

    @RestQuery
    String specialty;

    @RestQuery
    Boolean active;

    public Provider.Type type() {
        return type;
    }

    public UUID parentProviderId() {
        return parentProviderId;
    }

    public String specialty() {
        return specialty;
    }

    public Boolean active() {
        return active;
    }

    /** The same filter, narrowed to active providers: all that the public may list. */
    ProviderFilter activeOnly() {
        ProviderFilter narrowed = new ProviderFilter();
        narrowed.type = type;
        narrowed.parentProviderId = parentProviderId;
        narrowed.specialty = specialty;
        narrowed.active = true;
        return narrowed;
    }
}
