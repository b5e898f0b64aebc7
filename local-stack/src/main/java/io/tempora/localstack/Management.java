package io.tempora.localstack;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Where the service under test answers health, metrics and its OpenAPI document: Quarkus'
 * management interface, on a port of its own that the public ingress never reaches.
 */
public final class Management {

    private Management() {
    }

    /** A request to the management interface of the service under test, without a token. */
    public static RequestSpecification given() {
        return RestAssured.given().noFilters().port(port());
    }

    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }
}
