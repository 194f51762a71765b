package dev.tandem.common.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each caller's query-cost budget, a leaky bucket (Shopify's model): a caller holds up to {@code capacity}
 * points, every query takes its cost out, and points flow back at {@code restorePerSecond}. Buckets live in this
 * replica's memory, so the budget is per replica. A bucket that has filled up again is forgotten.
 */
public final class CostBudgets {

    /** The outcome of a charge: whether it was granted, what is left, and how long to wait when it was not. */
    public record Charge(boolean granted, long cost, long remaining, long capacity, long restorePerSecond, long retryAfterSeconds) {
    }

    private record Bucket(double available, long at) {
    }

    private static final int SWEEP_EVERY = 1024;

    private final long capacity;
    private final long restorePerSecond;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int charges;

    public CostBudgets(long capacity, long restorePerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.restorePerSecond = Math.max(1, restorePerSecond);
        this.nanoClock = nanoClock;
    }

    /** Takes {@code cost} from {@code caller}'s bucket if it holds that much; otherwise takes nothing. */
    public Charge charge(String caller, long cost) {
        long now = nanoClock.getAsLong();
        Charge[] outcome = new Charge[1];
        buckets.compute(caller, (key, bucket) -> {
            double available = refilled(bucket, now);
            if (cost <= available) {
                outcome[0] = new Charge(true, cost, (long) Math.floor(available - cost), capacity, restorePerSecond, 0);
                return new Bucket(available - cost, now);
            }
            long wait = (long) Math.ceil((cost - available) / restorePerSecond);
            outcome[0] = new Charge(false, cost, (long) Math.floor(available), capacity, restorePerSecond, Math.max(wait, 1));
            return new Bucket(available, now);
        });
        if (++charges % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return outcome[0];
    }

    private double refilled(Bucket bucket, long now) {
        if (bucket == null) {
            return capacity;
        }
        double seconds = (now - bucket.at()) / 1e9;
        return Math.min(capacity, bucket.available() + seconds * restorePerSecond);
    }

    /** Forgets buckets that are full again, so that callers who stopped calling hold no memory. */
    private void sweep(long now) {
        buckets.entrySet().removeIf(entry -> refilled(entry.getValue(), now) >= capacity);
    }
}
