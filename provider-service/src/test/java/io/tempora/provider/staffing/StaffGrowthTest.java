package io.tempora.provider.staffing;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.invitations;
import static io.tempora.provider.ProviderApi.joinRequests;
import static io.tempora.provider.ProviderApi.providers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.provider.TestClock;

/** Ali's salon grows: Reza is invited, Sara asks to join. */
@QuarkusTest
class StaffGrowthTest {

    @Inject
    TestClock clock;

    private UUID salon;
    private UUID ali;
    private UUID reza;
    private UUID sara;

    @BeforeEach
    void aliOpensASalonAndTwoBarbersWorkAlone() {
        salon = createOrganization("Elite Hair Salon");
        ali = createProvider(salon, "ORGANIZATION", "Ali", null);
        reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        sara = createProvider(salon, "INDIVIDUAL", "Sara", null);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anAcceptedInvitationLinksTheIndividualToTheOrganization() {
        String invitation = open(invitations(salon), reza);
        get(invitation).statusCode(200).body("status", equalTo("PENDING")).body("expiresAt", notNullValue());

        post(invitation + "/accept").statusCode(200).body("status", equalTo("ACCEPTED")).body("decidedAt", notNullValue());

        get(providers(salon) + "/" + reza).body("parentProviderId", equalTo(ali.toString()))
                .body("independent", equalTo(false));
        post(invitation + "/accept").statusCode(409).contentType(PROBLEM_JSON);
        post(invitation + "/decline").statusCode(409);
    }

    @Test
    void aDeclinedOrRevokedInvitationLinksNobody() {
        String declined = open(invitations(salon), reza);
        post(declined + "/decline").statusCode(200).body("status", equalTo("DECLINED"));
        String revoked = open(invitations(salon), reza);
        post(revoked + "/revoke").statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(revoked + "/accept").statusCode(409);

        get(providers(salon) + "/" + reza).body("parentProviderId", nullValue());
    }

    @Test
    void anApprovedJoinRequestLinksAndARejectedOrWithdrawnOneDoesNot() {
        String rejected = open(joinRequests(salon), sara);
        post(rejected + "/reject").statusCode(200).body("status", equalTo("DECLINED"));
        String withdrawn = open(joinRequests(salon), sara);
        post(withdrawn + "/withdraw").statusCode(200).body("status", equalTo("WITHDRAWN"));
        get(providers(salon) + "/" + sara).body("parentProviderId", nullValue());

        String approved = open(joinRequests(salon), sara);
        post(approved + "/approve").statusCode(200).body("status", equalTo("ACCEPTED"));
        get(providers(salon) + "/" + sara).body("parentProviderId", equalTo(ali.toString()));
    }

    @Test
    void onlyOneRequestBetweenTwoProvidersIsPendingAtATime() {
        open(invitations(salon), reza);

        post(joinRequests(salon), Map.of("organizationProviderId", ali, "individualProviderId", reza))
                .statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void anExpiredInvitationCannotBeAcceptedAndANewOneCanBeSent() {
        String invitation = post(invitations(salon), Map.of("organizationProviderId", ali, "individualProviderId", reza,
                "expiresInDays", 7)).statusCode(201).extract().header("Location");

        clock.advance(Duration.ofDays(8));

        get(invitation).body("status", equalTo("EXPIRED"));
        post(invitation + "/accept").statusCode(409).contentType(PROBLEM_JSON);
        open(invitations(salon), reza);
        get(providers(salon) + "/" + reza).body("parentProviderId", nullValue());
    }

    @Test
    void onlyIndependentIndividualsJoinAndOnlyOrganizationsTakeStaff() {
        UUID linked = createProvider(salon, "INDIVIDUAL", "Linked", ali);
        UUID otherSalon = createProvider(salon, "ORGANIZATION", "Other salon", null);

        post(invitations(salon), Map.of("organizationProviderId", ali, "individualProviderId", linked))
                .statusCode(409).body("errors[0].field", equalTo("individualProviderId"));
        post(invitations(salon), Map.of("organizationProviderId", ali, "individualProviderId", otherSalon))
                .statusCode(409).body("errors[0].field", equalTo("individualProviderId"));
        post(joinRequests(salon), Map.of("organizationProviderId", reza, "individualProviderId", sara))
                .statusCode(409).body("errors[0].field", equalTo("organizationProviderId"));
        post(invitations(salon), Map.of("organizationProviderId", ali, "individualProviderId", UUID.randomUUID()))
                .statusCode(400).body("errors[0].field", equalTo("individualProviderId"));
    }

    @Test
    void anIndividualWhoJoinedElsewhereMeanwhileCannotAcceptAnotherInvitation() {
        UUID otherSalon = createProvider(salon, "ORGANIZATION", "Other salon", null);
        String first = open(invitations(salon), reza);
        String second = post(invitations(salon), Map.of("organizationProviderId", otherSalon, "individualProviderId", reza))
                .statusCode(201).extract().header("Location");
        post(first + "/accept").statusCode(200);

        post(second + "/accept").statusCode(409);
        get(second).body("status", equalTo("PENDING"));
        get(providers(salon) + "/" + reza).body("parentProviderId", equalTo(ali.toString()));
    }

    @Test
    void actionsOfTheOtherKindAndUnknownRequestsAreNotFound() {
        String invitation = open(invitations(salon), reza);

        post(invitation + "/approve").statusCode(404).contentType(PROBLEM_JSON);
        post(joinRequests(salon) + "/" + invitation.substring(invitation.lastIndexOf('/') + 1) + "/approve")
                .statusCode(404);
        get(invitations(createOrganization("Other")) + "/" + invitation.substring(invitation.lastIndexOf('/') + 1))
                .statusCode(404);
        get(invitations(salon)).body("totalItems", equalTo(1));
    }

    private String open(String collection, UUID individual) {
        return post(collection, Map.of("organizationProviderId", ali, "individualProviderId", individual))
                .statusCode(201).body("status", equalTo("PENDING")).extract().header("Location");
    }
}
