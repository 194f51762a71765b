package dev.tandem.plan;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What the partners want to achieve, in plain words. */
@Entity
public class Objective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** Lineage across plan versions. */
    @Column(nullable = false)
    public UUID lineage;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @Version
    public int version;
}
