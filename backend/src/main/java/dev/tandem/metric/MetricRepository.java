package dev.tandem.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.error.NotFound;
import dev.tandem.common.events.ChangeLogs;
import dev.tandem.common.graphql.Page;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Queries on metrics, readings, status changes and escalations, each answering for a set of parents at once. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, UUID> {

    /** The advisory lock key that orders writers of the status change log ("tandem" + 1). */
    private static final long CHANGE_LOG_LOCK = 0x74616e64656d01L;

    public Uni<List<Metric>> ofPartnerships(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? none() : list("partnershipId in ?1 order by createdAt, name", partnershipIds);
    }

    public Uni<List<Metric>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? none() : list("id in ?1", ids);
    }

    /**
     * The metrics, locked until the transaction ends (in id order, so that concurrent writers never wait on each
     * other in a circle): readings of one metric recorded at the same time are applied one after the other, each
     * seeing the other's status, instead of failing on the metric's version.
     */
    public Uni<List<Metric>> lockByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? none() : find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<List<MetricReading>> readingsByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? none() : MetricReading.list("id in ?1", ids);
    }

    /** The newest {@code last} readings of each metric, newest first, in one statement. */
    public Uni<List<MetricReading>> latestReadings(Collection<UUID> metricIds, int last) {
        if (metricIds.isEmpty() || last <= 0) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT r.* FROM metric_reading r WHERE r.id IN (
                  SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY metric_id ORDER BY observed_at DESC, id DESC) AS n
                                  FROM metric_reading WHERE metric_id IN (:ids)) ranked WHERE n <= :last)
                ORDER BY r.observed_at DESC, r.id DESC""", MetricReading.class)
                .setParameter("ids", metricIds)
                .setParameter("last", last)
                .getResultList());
    }

    /** For each metric, its newest {@code page.first() + 1} readings after the cursor (by observed time), in one statement. */
    public Uni<List<MetricReading>> readingPages(Collection<UUID> metricIds, Page page) {
        String after = page.hasCursor() ? " AND (observed_at < :at OR (observed_at = :at AND id < :id))" : "";
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("""
                    SELECT r.* FROM metric_reading r WHERE r.id IN (
                      SELECT id FROM (
                        SELECT id, row_number() OVER (PARTITION BY metric_id ORDER BY observed_at DESC, id DESC) AS position
                        FROM metric_reading WHERE metric_id IN (:ids)""" + after + """
                      ) ranked WHERE position <= :limit)
                    ORDER BY r.metric_id, r.observed_at DESC, r.id DESC""", MetricReading.class)
                    .setParameter("ids", metricIds)
                    .setParameter("limit", page.first() + 1);
            if (page.hasCursor()) {
                query.setParameter("at", page.afterAt()).setParameter("id", page.afterId());
            }
            return query.getResultList();
        });
    }

    /** Number of readings per metric, as [metricId, count] rows. */
    public Uni<List<Object[]>> readingCounts(Collection<UUID> metricIds) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select r.metricId, count(r) from MetricReading r where r.metricId in :ids group by r.metricId", Object[].class)
                .setParameter("ids", metricIds)
                .getResultList());
    }

    public Uni<List<MetricReading>> bySourceKeys(Collection<UUID> metricIds, Collection<String> keys) {
        return metricIds.isEmpty() || keys.isEmpty() ? none() : MetricReading.list("metricId in ?1 and sourceKey in ?2", metricIds, keys);
    }

    public Uni<List<MetricStatusChange>> changesAfter(long seq, int limit) {
        return MetricStatusChange.find("seq > ?1 order by seq", seq).range(0, limit - 1).list();
    }

    public Uni<List<MetricStatusChange>> changesOf(UUID partnershipId, long afterSeq, int limit) {
        return MetricStatusChange.find("partnershipId = ?1 and seq > ?2 order by seq", partnershipId, afterSeq).range(0, limit - 1).list();
    }

    public Uni<List<MetricStatusChange>> changesOf(Collection<UUID> partnershipIds, long afterSeq, int limit) {
        return partnershipIds.isEmpty() ? none()
                : MetricStatusChange.find("partnershipId in ?1 and seq > ?2 order by seq", partnershipIds, afterSeq).range(0, limit - 1).list();
    }

    public Uni<Long> lastSeq() {
        return MetricStatusChange.find("select coalesce(max(seq), 0) from MetricStatusChange").project(Long.class).singleResult();
    }

    /** The newest change's seq of each partnership, as [partnershipId, seq] rows (partnerships without changes are absent). */
    public Uni<List<Object[]>> newestChangeOf(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select c.partnershipId, max(c.seq) from MetricStatusChange c where c.partnershipId in :ids group by c.partnershipId",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList());
    }

    /** The newest change's seq in any partnership this organisation is a party of; 0 without any. */
    public Uni<Long> newestChangeFor(UUID organizationId) {
        return MetricStatusChange.find("select coalesce(max(c.seq), 0) from MetricStatusChange c where c.partnershipId in "
                + "(select p.partnershipId from Party p where p.organizationId = ?1)", organizationId).project(Long.class).singleResult();
    }

    /**
     * Makes this transaction the only writer of status changes until it commits: the lock is taken before a
     * {@code seq} is drawn and held to the end, so changes commit in {@code seq} order and a reader that has seen
     * {@code seq} n has seen every change below it (StatusChangeHub reads "after the last seen"). It runs without
     * flushing, so a waiting transaction holds no metric rows that the lock holder may need.
     */
    public Uni<Void> lockChangeLog() {
        return ChangeLogs.lock(CHANGE_LOG_LOCK);
    }

    /** Wakes every replica's listener once the transaction commits (PostgreSQL delivers NOTIFY at commit). */
    public Uni<Void> notifyChange(long seq) {
        return ChangeLogs.wake(StatusChangeHub.CHANNEL, seq);
    }

    /** A metric that is absent or not the caller's reads the same. */
    static NotFound notFound() {
        return new NotFound("No metric with that id.");
    }

    private static <T> Uni<List<T>> none() {
        return Uni.createFrom().item(new ArrayList<>());
    }
}
