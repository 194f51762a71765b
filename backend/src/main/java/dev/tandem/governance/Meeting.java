package dev.tandem.governance;

import java.time.Instant;
import java.util.UUID;

import dev.tandem.metric.Tier;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A scheduled meeting once something was recorded for it, under its occurrence's id. */
@Entity
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(columnDefinition = "text")
    public String minutes;

    @Column(name = "minuted_at")
    public Instant minutedAt;

    /** The agenda frozen at minuting, as JSON; null while it is built from live data. */
    @Column(columnDefinition = "text")
    public String agenda;

    /** Cancelled on its own; the tier's other meetings stay. */
    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public int version;
}
