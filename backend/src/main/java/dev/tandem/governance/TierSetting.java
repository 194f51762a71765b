package dev.tandem.governance;

import java.time.LocalTime;
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

/** A governance tier of a partnership as its partners set it; its members are in governance_tier_member. */
@Entity
@Table(name = "governance_tier")
public class TierSetting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    /** 1 = Monday ... 7 = Sunday. */
    @Column(nullable = false)
    public int weekday;

    @Column(name = "time_of_day", nullable = false)
    public LocalTime timeOfDay;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "response_hours", nullable = false)
    public int responseHours;

    @Version
    public int version;
}
