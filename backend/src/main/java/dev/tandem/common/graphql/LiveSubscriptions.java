package dev.tandem.common.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * This replica's live subscriptions, by subscription field ({@value #METER}): a subscription counts from the moment
 * its stream is subscribed (the socket's handler does so once the operation started) until it completes, fails or is
 * cancelled (the client's complete, or its socket closing). Field names come from the schema, so they are bounded.
 */
final class LiveSubscriptions {

    static final String METER = "tandem.graphql.subscriptions.live";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> byField = new ConcurrentHashMap<>();

    LiveSubscriptions(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The same stream, counted while a subscriber holds it. */
    Publisher<ExecutionResult> counted(String field, Publisher<ExecutionResult> stream) {
        AtomicInteger live = byField.computeIfAbsent(field, this::gauge);
        return subscriber -> stream.subscribe(new Counted(subscriber, live));
    }

    private AtomicInteger gauge(String field) {
        AtomicInteger live = new AtomicInteger();
        Gauge.builder(METER, live, AtomicInteger::get)
                .description("Subscriptions open on this replica")
                .tag("field", field)
                .register(registry);
        return live;
    }

    /** Passes everything on, and counts the subscription down once, however it ends. */
    private record Counted(Subscriber<? super ExecutionResult> downstream, AtomicInteger live, AtomicBoolean ended) implements Subscriber<ExecutionResult> {

        Counted(Subscriber<? super ExecutionResult> downstream, AtomicInteger live) {
            this(downstream, live, new AtomicBoolean());
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            live.incrementAndGet();
            downstream.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                    subscription.request(n);
                }

                @Override
                public void cancel() {
                    end();
                    subscription.cancel();
                }
            });
        }

        @Override
        public void onNext(ExecutionResult event) {
            downstream.onNext(event);
        }

        @Override
        public void onError(Throwable failure) {
            end();
            downstream.onError(failure);
        }

        @Override
        public void onComplete() {
            end();
            downstream.onComplete();
        }

        private void end() {
            if (ended.compareAndSet(false, true)) {
                live.decrementAndGet();
            }
        }
    }
}
