package io.tempora.web;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** What the web app needs to know at run time, handed to the browser by {@link ClientConfigResource}. */
@ConfigMapping(prefix = "tempora.web")
public interface WebConfig {

    /** Where the browser reaches each service's {@code /v1} API. */
    Api api();

    /**
     * A local stack's {@code tokens.env} ({@code ./stack.sh} sets it): the sign-in page then offers its demo
     * practice's owner, assistant, provider and client. Never set outside a local stack: it hands tokens to anyone.
     */
    Optional<Path> demoTokens();

    interface Api {
        /** availability-service's base URL as the browser sees it; unset: this page's own origin (behind the ingress). */
        Optional<String> availability();

        /** provider-service's base URL as the browser sees it; unset: this page's own origin. */
        Optional<String> provider();

        /** resource-service's base URL as the browser sees it; unset: this page's own origin. */
        Optional<String> resource();

        /** booking-service's base URL as the browser sees it; unset: this page's own origin. */
        Optional<String> booking();
    }
}
