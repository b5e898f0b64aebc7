package io.tempora.booking.availability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.tempora.booking.BookingConfig;
import io.tempora.kit.concurrency.Uncancellable;
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
    /** Exchanges with availability-service started and not yet ended, abandoned ones included. */
    private final AtomicInteger underWay = new AtomicInteger();
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
        return Uni.createFrom().deferred(() -> exchange(organizationId, request))
                .ifNoItem().after(config.availabilityTimeout()).fail()
                .onFailure().transform(failure -> {
                    if (failure instanceof ProblemException answered) {
                        return answered;
                    }
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

    /**
     * The exchange with availability-service, run to its end even when the booking stops waiting
     * for it (the check's timeout, a client that hangs up). Quarkus's REST client (3.33) keeps the
     * pooled connection of a request cancelled while it waited for one: it is handed the
     * connection later and never sends on it. A burst of checks given up under load used up the
     * whole pool for good, and every booking after it was told availability cannot be checked.
     * Each exchange is bounded by the client's connect and read timeouts instead, and their number
     * by {@link BookingConfig#availabilityChecksUnderWay()}, so that abandoned ones cannot pile up
     * behind a slow availability-service.
     */
    private Uni<AvailabilityCheck.Result> exchange(UUID organizationId, AvailabilityCheck.Request request) {
        if (underWay.incrementAndGet() > config.availabilityChecksUnderWay()) {
            underWay.decrementAndGet();
            return Uni.createFrom().failure(ProblemException.unavailable(
                    "availability-service is behind on checks; retry shortly", RETRY_AFTER_SECONDS));
        }
        return Uncancellable.of(client.check(organizationId, request).onTermination().invoke(underWay::decrementAndGet));
    }
}
