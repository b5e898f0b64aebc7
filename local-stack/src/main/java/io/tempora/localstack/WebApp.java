package io.tempora.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reference web client (module {@code web}) on a local stack: its port, the configuration that tells its pages
 * where each service is, and what the services need to let those pages call them from another origin.
 */
public final class WebApp {

    public static final String MODULE = "web";
    public static final int PORT = 8084;

    private WebApp() {
    }

    /** Lets pages served by a web app on {@code port} of this machine call a service's API (CORS). */
    public static Map<String, String> allowPagesFrom(int port) {
        return Map.of("quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", "http://localhost:" + port + ",http://127.0.0.1:" + port);
    }

    /**
     * The web app's configuration on a local stack.
     *
     * @param apiPorts   the port of each service's API
     * @param demoTokens the demo practice's {@code tokens.env} the sign-in page offers, or null for none
     */
    public static Map<String, String> config(Map<StackService, Integer> apiPorts, Path demoTokens) {
        Map<String, String> config = new LinkedHashMap<>();
        apiPorts.forEach((service, port) -> config.put("tempora.web.api." + service.name().toLowerCase(Locale.ROOT),
                "http://localhost:" + port));
        if (demoTokens != null) {
            config.put("tempora.web.demo-tokens", demoTokens.toAbsolutePath().toString());
        }
        return config;
    }
}
