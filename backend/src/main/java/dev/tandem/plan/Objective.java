package dev.tandem.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** What the partners want to achieve, in plain words. */
@Entity
public class Objective extends PlanItem {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;
}
