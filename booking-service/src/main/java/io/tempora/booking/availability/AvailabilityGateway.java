package io.tempora.booking.availability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.tempora.booking.BookingConfig;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;

/**
 * Asks availability-service whether a request fits the calendars (hours, time off, holidays,
 * notice) and who can take it, failing fast when it cannot answer: a booking is never made on
 * a guess.
 */
@ApplicationScoped
public class AvailabilityGateway {

    private static final Logger LOG = Logger.getLogger(AvailabilityGateway.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private final AvailabilityClient client;
    private final BookingConfig config;

    public AvailabilityGateway(@RestClient AvailabilityClient client, BookingConfig config) {
        this.client = client;
        this.config = config;
    }

    /**
     * availability-service refuses a check with 409 when the organization takes no bookings
     * (suspended): the client gets the same answer, with its detail and members.
     */
    @SuppressWarnings("unchecked")
    private static ProblemException relayedConflict(WebApplicationException rejected) {
        Map<String, Object> problem = rejected.getResponse().readEntity(Map.class);
        Map<String, Object> members = new HashMap<>(problem);
        List.of("type", "title", "status", "detail", "instance", "errors").forEach(members::remove);
        return new ProblemException(ProblemType.CONFLICT, String.valueOf(problem.get("detail")), List.of(), members, null);
    }

    /**
     * @return the check; a 409 when availability-service refuses it as a conflict; a 503 with Retry-After when availability-service is unreachable, slow or
     *         does not know the request's service or provider yet (it follows the same topics as
     *         this service's catalog and catches up within moments)
     */
    public Uni<AvailabilityCheck.Result> check(UUID organizationId, AvailabilityCheck.Request request) {
        return client.check(organizationId, request)
                .ifNoItem().after(config.availabilityTimeout()).fail()
                .onFailure().transform(failure -> {
                    if (failure instanceof WebApplicationException rejected
                            && rejected.getResponse().getStatus() == ProblemType.CONFLICT.status()) {
                        return relayedConflict(rejected);
                    }
                    if (failure instanceof WebApplicationException rejected && rejected.getResponse().getStatus() < 500) {
                        LOG.warnf("availability-service rejected a check this service's catalog accepted (%d): %s",
                                rejected.getResponse().getStatus(), request);
                        return ProblemException.unavailable("availability-service does not know this service or provider yet;"
                                + " retry shortly", RETRY_AFTER_SECONDS);
                    }
                    LOG.warnf("availability-service could not answer: %s", failure.toString());
                    return ProblemException.unavailable("availability cannot be checked right now; retry shortly",
                            RETRY_AFTER_SECONDS);
                });
    }
}
