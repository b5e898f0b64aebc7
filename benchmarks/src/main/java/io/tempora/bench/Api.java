package io.tempora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tempora.contracts.EventJson;
import io.tempora.localstack.TokenIssuer;

/** Minimal JSON over HTTP for the load tools, against the locally running services. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Set by benchmarks/load-stack.sh to the data folder of the stack it started. */
    static final TokenIssuer TOKENS = TokenIssuer.ofStack(Path.of(System.getenv("TEMPORA_STACK_DATA")));

    private Api() {
    }

    static JsonNode send(String method, String url, Object body) {
        return send(method, url, body, Map.of());
    }

    private static JsonNode send(String method, String url, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKENS.ownerOf(url));
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(EventJson.write(body)));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? null : EventJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode get(String url) {
        return send("GET", url, null);
    }

    static JsonNode post(String url, Object body) {
        return send("POST", url, body);
    }

    /** A creation a client may send again: the same key gets the first answer, never a second resource. */
    static JsonNode post(String url, Object body, String idempotencyKey) {
        return send("POST", url, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    static JsonNode put(String url, Object body) {
        return send("PUT", url, body);
    }
}
