package io.tempora.kit.tracing;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "tempora.tracing")
public interface TracingConfig {

    /**
     * Where to write every finished span too, one JSON object a line (trace, span, parent,
     * service, name, kind, start, duration, attributes), besides the OTLP export: for local runs
     * and tests. Needs tracing on ({@code quarkus.otel.sdk.disabled=false}).
     */
    Optional<Path> file();
}
