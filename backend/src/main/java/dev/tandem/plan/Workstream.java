package dev.tandem.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A stream of work with one lead per party; holds deliverables. */
@Entity
public class Workstream extends PlanItem {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;
}
