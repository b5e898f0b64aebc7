package io.tempora.provider;

import static io.tempora.localstack.JsonApi.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** provider-service as a client uses it: the salon and practice set-ups tests start from. */
public final class ProviderApi {

    private ProviderApi() {
    }

    public static String organizations() {
        return "/v1/organizations";
    }

    public static String providers(UUID organization) {
        return "/v1/organizations/" + organization + "/providers";
    }

    public static String services(UUID organization) {
        return "/v1/organizations/" + organization + "/services";
    }

    public static String invitations(UUID organization) {
        return "/v1/organizations/" + organization + "/invitations";
    }

    public static String joinRequests(UUID organization) {
        return "/v1/organizations/" + organization + "/join-requests";
    }

    /** An organization in New York open Monday to Friday 09:00-17:00. */
    public static UUID createOrganization(String name) {
        String slug = "org-" + UUID.randomUUID().toString().substring(0, 13);
        List<Map<String, String>> hours = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> Map.of("dayOfWeek", day, "start", "09:00", "end", "17:00")).toList();
        return id(post(organizations(), Map.of("name", name, "slug", slug, "timeZone", "America/New_York",
                "businessHours", hours)).statusCode(201).extract().path("id"));
    }

    public static UUID createProvider(UUID organization, String type, String name, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "name", name));
        if (parent != null) {
            body.put("parentProviderId", parent);
        }
        return createProvider(organization, body);
    }

    public static UUID createProvider(UUID organization, Map<String, Object> body) {
        return id(post(providers(organization), body).statusCode(201).extract().path("id"));
    }

    public static UUID createService(UUID organization, String name, int durationMinutes) {
        return id(post(services(organization), Map.of("name", name, "durationMinutes", durationMinutes))
                .statusCode(201).extract().path("id"));
    }

    public static UUID id(String text) {
        return UUID.fromString(text);
    }
}
