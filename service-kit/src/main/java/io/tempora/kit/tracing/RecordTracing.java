package io.tempora.kit.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context a change carries from the request that made it, through its outbox row
 * and its Kafka record ({@value #TRACEPARENT} header), to every consumer that applies it: so that
 * one booking is one trace across the services (docs/operations.md).
 */
public final class RecordTracing {

    public static final String TRACEPARENT = "traceparent";
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<Long> PARTITION = AttributeKey.longKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private RecordTracing() {
    }

    /** The traceparent of the span current here, or null where there is none (tracing off, no request). */
    public static String currentTraceparent() {
        return traceparentOf(Context.current());
    }

    /** The traceparent naming the span of {@code context}, or null when it has no valid span. */
    public static String traceparentOf(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context a traceparent names, as the parent of spans that continue its trace; the root context for null. */
    public static Context parentFrom(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
    }

    /** The traceparent header of a record, or null. */
    public static String traceparentOf(ConsumerRecord<?, ?> record) {
        return traceparentOf(record.headers());
    }

    public static String traceparentOf(Headers headers) {
        Header header = headers.lastHeader(TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Starts the span of a consumer applying a record, in the trace of the change the record
     * carries (a new trace when it carries none); the caller ends it.
     *
     * @param consumer who applies it, e.g. {@code caseload} or {@code read-model}
     */
    public static Span startApplying(Tracer tracer, String consumer, ConsumerRecord<String, String> record) {
        return tracer.spanBuilder(consumer + " applies " + record.topic())
                .setParent(parentFrom(traceparentOf(record)))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(PARTITION, (long) record.partition())
                .setAttribute(OFFSET, record.offset())
                .setAttribute(KEY, record.key())
                .startSpan();
    }
}
