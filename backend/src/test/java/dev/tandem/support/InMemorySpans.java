package dev.tandem.support;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans of the test run, kept in memory instead of exported (Quarkus hands finished spans to every SpanExporter
 * bean). The test profile records only requests that carry a sampled traceparent, so only the tests that send one
 * fill it.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
