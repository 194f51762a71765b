package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tandem.metric.Tier;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Something one person of a party does by a date, agreed in a meeting or on an escalation. */
@Entity
@Table(name = "action_item")
public class ActionItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "escalation_id")
    public UUID escalationId;

    /** The tier whose next agenda shows it when it is overdue. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_email", nullable = false)
    public String ownerEmail;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
