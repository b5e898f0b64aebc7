package io.tempora.provider.security;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.CLIENT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PLATFORM;
import static io.tempora.kit.security.Roles.PROVIDER;
import static io.tempora.localstack.AccessMatrixTests.Rule.of;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.id;
import static io.tempora.provider.ProviderApi.invitations;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.AccessMatrixTests;

@QuarkusTest
class ProviderAccessMatrixTest extends AccessMatrixTests {

    private static final String ORGANIZATION = "/v1/organizations/{organizationId}";
    private static final String PROVIDERS = ORGANIZATION + "/providers/{providerId}";
    private static final String SERVICE = ORGANIZATION + "/services/{serviceId}";
    private static final String TIME_OFF = PROVIDERS + "/time-off/{timeOffId}";

    private final AtomicInteger days = new AtomicInteger();
    private UUID organization;
    private UUID provider;
    private UUID salon;
    private UUID service;
    private UUID schedule;
    private UUID timeOff;
    private UUID dateOverride;
    private UUID invitation;

    @Override
    protected Fixture fixture() {
        organization = createOrganization("Access Clinic");
        provider = createProvider(organization, "INDIVIDUAL", "Reza", null);
        UUID colleague = createProvider(organization, "INDIVIDUAL", "Sara", null);
        salon = createProvider(organization, "ORGANIZATION", "Ali's Salon", null);
        service = serviceOfferedBy(provider);
        schedule = newSchedule();
        timeOff = newTimeOff();
        dateOverride = newDateOverride();
        invitation = newInvitation();
        return new Fixture(organization, provider, colleague, UUID.randomUUID());
    }

    @Override
    protected List<Rule> rules() {
        String[] staff = {OWNER, ADMIN_ASSISTANT, PROVIDER};
        String[] desk = {OWNER, ADMIN_ASSISTANT};
        return List.of(
                of("POST", "/v1/organizations").allows(PLATFORM),
                of("GET", "/v1/organizations").allows(PLATFORM),
                of("POST", "/v1/imports/solo-practice").allows(OWNER),
                of("GET", ORGANIZATION).isPublic(),
                of("PUT", ORGANIZATION).allows(OWNER),

                of("POST", ORGANIZATION + "/providers").allows(OWNER),
                of("GET", ORGANIZATION + "/providers").isPublic(),
                of("GET", PROVIDERS).isPublic().with(this::provider),
                of("PUT", PROVIDERS).allows(OWNER).with(this::provider),
                of("POST", PROVIDERS + "/convert-to-organization").allows(OWNER)
                        .with(fixture -> Map.of("providerId", createProvider(organization, "INDIVIDUAL", "Solo", null))),

                of("POST", ORGANIZATION + "/{kind}").allows(OWNER).with(fixture -> Map.of("kind", "invitations")),
                of("GET", ORGANIZATION + "/{kind}").allows(desk).with(fixture -> Map.of("kind", "invitations")),
                of("GET", ORGANIZATION + "/{kind}/{requestId}").allows(desk)
                        .with(fixture -> Map.of("kind", "invitations", "requestId", invitation)),
                of("POST", ORGANIZATION + "/{kind}/{requestId}/{action}").allows(OWNER)
                        .with(fixture -> Map.of("kind", "invitations", "requestId", newInvitation(), "action", "revoke")),

                of("POST", ORGANIZATION + "/services").allows(OWNER),
                of("GET", ORGANIZATION + "/services").isPublic(),
                of("GET", SERVICE).isPublic().with(fixture -> Map.of("serviceId", service)),
                of("PUT", SERVICE).allows(OWNER).with(fixture -> Map.of("serviceId", service)),
                of("DELETE", SERVICE).allows(OWNER)
                        .with(fixture -> Map.of("serviceId", createService(organization, "Trial " + UUID.randomUUID(), 30))),
                of("GET", SERVICE + "/providers").allows(staff).with(fixture -> Map.of("serviceId", service)),
                of("POST", SERVICE + "/providers").allows(OWNER).with(fixture -> Map.of("serviceId", service)),
                of("PUT", SERVICE + "/providers/{providerId}").allows(OWNER)
                        .with(fixture -> Map.of("serviceId", service, "providerId", provider)),
                of("DELETE", SERVICE + "/providers/{providerId}").allows(OWNER)
                        .with(fixture -> Map.of("serviceId", serviceOfferedBy(provider), "providerId", provider)),

                of("GET", PROVIDERS + "/caseload").allows(staff).ownDataOnly(403).with(this::provider),
                of("PUT", PROVIDERS + "/caseload").allows(OWNER).with(this::provider),

                of("POST", PROVIDERS + "/time-off").allows(staff).ownDataOnly(403).with(this::provider),
                of("GET", PROVIDERS + "/time-off").allows(staff).ownDataOnly(403).with(this::provider),
                of("GET", ORGANIZATION + "/time-off").allows(desk),
                of("GET", TIME_OFF).allows(staff).ownDataOnly(403).with(fixture -> timeOff(timeOff)),
                of("POST", TIME_OFF + "/approve").allows(desk).with(fixture -> timeOff(newTimeOff())),
                of("POST", TIME_OFF + "/deny").allows(desk).with(fixture -> timeOff(newTimeOff())),
                of("POST", TIME_OFF + "/cancel").allows(staff).ownDataOnly(403).with(fixture -> timeOff(newTimeOff())),

                of("POST", ORGANIZATION + "/date-overrides").allows(desk),
                of("GET", ORGANIZATION + "/date-overrides").allows(staff),
                of("GET", ORGANIZATION + "/date-overrides/{overrideId}").allows(staff)
                        .with(fixture -> Map.of("overrideId", dateOverride)),
                of("PUT", ORGANIZATION + "/date-overrides/{overrideId}").allows(desk)
                        .with(fixture -> Map.of("overrideId", dateOverride)),
                of("DELETE", ORGANIZATION + "/date-overrides/{overrideId}").allows(desk)
                        .with(fixture -> Map.of("overrideId", newDateOverride())),

                of("GET", PROVIDERS + "/schedules").allows(staff).ownDataOnly(403).with(this::provider),
                of("POST", PROVIDERS + "/schedules").allows(staff).ownDataOnly(403).with(this::provider),
                of("GET", PROVIDERS + "/schedules/{scheduleId}").allows(staff).ownDataOnly(403)
                        .with(fixture -> Map.of("providerId", provider, "scheduleId", schedule)),
                of("PUT", PROVIDERS + "/schedules/{scheduleId}").allows(staff).ownDataOnly(403)
                        .with(fixture -> Map.of("providerId", provider, "scheduleId", schedule)),
                of("DELETE", PROVIDERS + "/schedules/{scheduleId}").allows(staff).ownDataOnly(403)
                        .with(fixture -> Map.of("providerId", provider, "scheduleId", newSchedule())));
    }

    private Map<String, Object> provider(Fixture fixture) {
        return Map.of("providerId", provider);
    }

    private Map<String, Object> timeOff(UUID id) {
        return Map.of("providerId", provider, "timeOffId", id);
    }

    private UUID serviceOfferedBy(UUID offering) {
        UUID created = createService(organization, "Consultation " + UUID.randomUUID(), 30);
        post(services(organization) + "/" + created + "/providers", Map.of("providerId", offering)).statusCode(201);
        return created;
    }

    /** Each on a day of its own, so that none is refused for overlapping another. */
    private String nextDay() {
        return LocalDate.of(2027, 1, 1).plusDays(days.incrementAndGet()).toString();
    }

    private UUID newSchedule() {
        String day = nextDay();
        return id(post(providers(organization) + "/" + provider + "/schedules", Map.of("effectiveFrom", day,
                "effectiveUntil", day,
                "blocks", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00", "type", "AVAILABLE"))))
                .statusCode(201).extract().path("id"));
    }

    private UUID newTimeOff() {
        String day = nextDay();
        return id(post(providers(organization) + "/" + provider + "/time-off", Map.of("allDay", true,
                "startDate", day, "endDate", day, "type", "VACATION"))
                .statusCode(201).extract().path("id"));
    }

    private UUID newDateOverride() {
        return id(post("/v1/organizations/" + organization + "/date-overrides",
                Map.of("date", nextDay(), "name", "Closed", "closed", true))
                .statusCode(201).extract().path("id"));
    }

    private UUID newInvitation() {
        UUID individual = createProvider(organization, "INDIVIDUAL", "Newcomer", null);
        return id(post(invitations(organization), Map.of("organizationProviderId", salon, "individualProviderId", individual))
                .statusCode(201).extract().path("id"));
    }
}
