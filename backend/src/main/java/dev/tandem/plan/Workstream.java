package dev.tandem.plan;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A stream of work with one lead per party; holds deliverables. */
@Entity
public class Workstream extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public UUID lineage;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Version
    public int version;
}
