package io.tempora.booking;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP hop in front of a neighbour service that holds every request for as long as it is
 * told before passing it on: a neighbour that is slow for a while, then well again.
 */
public final class SlowLink implements AutoCloseable {

    private static final List<String> PASSED_ON = List.of("Authorization", "Content-Type", "Accept", "traceparent");

    private final Supplier<String> target;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger received = new AtomicInteger();

    private SlowLink(Supplier<String> target, HttpServer server) {
        this.target = target;
        this.server = server;
    }

    /** In front of the availability-service the tests run next to this service. */
    public static SlowLink toAvailability() {
        return to(AvailabilityUrl::get);
    }

    /** @param target the neighbour's base URL, asked on every request (it may start after the link) */
    static SlowLink to(Supplier<String> target) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SlowLink link = new SlowLink(target, server);
            server.createContext("/", link::passOn);
            // every held request has a thread of its own: a slow link, not a narrow one
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How long each request is held from now on; zero passes them on at once. */
    public void hold(Duration delay) {
        this.delay = delay;
    }

    /** How many requests came to the neighbour through this link so far. */
    public int received() {
        return received.get();
    }

    private void passOn(HttpExchange exchange) {
        received.incrementAndGet();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] sent = body.readAllBytes();
            Thread.sleep(delay.toMillis());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.get() + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(sent));
            PASSED_ON.forEach(name -> {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException caller) {
            // the caller hung up while its request was held: nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
