package io.tempora.booking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.restassured.RestAssured;
import io.tempora.contracts.EventJson;
import io.tempora.localstack.LocalStackTestResource;

/** Many clients sending their requests at the same moment, as on a popular class's release. */
public final class ConcurrentClients {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ConcurrentClients() {
    }

    /** Posts every body at once to the service under test and returns the answers in the same order. */
    public static List<HttpResponse<String>> postAll(String path, List<Map<String, Object>> bodies) {
        return postAll(path, bodies, Map.of());
    }

    /** @param headers sent with every request; an {@code Authorization} among them replaces a fresh owner's token */
    public static List<HttpResponse<String>> postAll(String path, List<Map<String, Object>> bodies,
                                                     Map<String, String> headers) {
        return postAll(path, bodies, i -> headers);
    }

    /** @param headersOf the headers of the i-th request, as for {@link #postAll(String, List, Map)} */
    public static List<HttpResponse<String>> postAll(String path, List<Map<String, Object>> bodies,
                                                     IntFunction<Map<String, String>> headersOf) {
        return sendAll(path, bodies, headersOf).stream().map(CompletableFuture::join).toList();
    }

    /** Posts every body at once and returns the answers to come, in the same order, without waiting for them. */
    public static List<CompletableFuture<HttpResponse<String>>> sendAll(String path, List<Map<String, Object>> bodies,
                                                                        IntFunction<Map<String, String>> headersOf) {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
        return IntStream.range(0, bodies.size())
                .mapToObj(i -> {
                    Map<String, Object> body = bodies.get(i);
                    Map<String, String> headers = headersOf.apply(i);
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("Authorization", headers.getOrDefault("Authorization",
                                    "Bearer " + LocalStackTestResource.shared().tokens().ownerOf(path)))
                            .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(body)));
                    headers.forEach((name, value) -> {
                        if (!name.equals("Authorization")) {
                            request.header(name, value);
                        }
                    });
                    return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
                })
                .toList();
    }
}
