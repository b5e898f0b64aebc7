package io.tempora.kit.tracing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.tempora.contracts.EventJson;

/** Writes finished spans to {@code tempora.tracing.file}, one JSON object a line, for local runs and tests. */
public final class SpanFile implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(SpanFile.class);

    private final Path file;
    private BufferedWriter writer;

    private SpanFile(Path file) {
        this.file = file;
    }

    /** Quarkus exports to every {@link SpanExporter} bean; without a file this one exports nothing. */
    @Singleton
    static class Producer {

        @Produces
        @Singleton
        SpanExporter spanFile(TracingConfig config) {
            return config.file().<SpanExporter>map(SpanFile::new).orElseGet(() -> SpanExporter.composite());
        }
    }

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> spans) {
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            for (SpanData span : spans) {
                writer.write(EventJson.write(line(span)));
                writer.newLine();
            }
            writer.flush();
            return CompletableResultCode.ofSuccess();
        } catch (IOException e) {
            LOG.warnf(e, "could not write spans to %s", file);
            return CompletableResultCode.ofFailure();
        }
    }

    private static Map<String, Object> line(SpanData span) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("trace", span.getTraceId());
        line.put("span", span.getSpanId());
        line.put("parent", span.getParentSpanContext().isValid() ? span.getParentSpanId() : null);
        line.put("service", span.getResource().getAttributes().asMap().entrySet().stream()
                .filter(attribute -> attribute.getKey().getKey().equals("service.name"))
                .map(attribute -> String.valueOf(attribute.getValue())).findFirst().orElse(null));
        line.put("name", span.getName());
        line.put("kind", span.getKind().name());
        line.put("startEpochNanos", span.getStartEpochNanos());
        line.put("durationMicros", (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1_000);
        line.put("status", span.getStatus().getStatusCode().name());
        Map<String, Object> attributes = new LinkedHashMap<>();
        span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), value));
        line.put("attributes", attributes);
        return line;
    }

    @Override
    public synchronized CompletableResultCode flush() {
        try {
            if (writer != null) {
                writer.flush();
            }
            return CompletableResultCode.ofSuccess();
        } catch (IOException e) {
            return CompletableResultCode.ofFailure();
        }
    }

    @Override
    public synchronized CompletableResultCode shutdown() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            return CompletableResultCode.ofSuccess();
        } catch (IOException e) {
            return CompletableResultCode.ofFailure();
        }
    }
}
