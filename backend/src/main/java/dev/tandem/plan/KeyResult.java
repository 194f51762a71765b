package dev.tandem.plan;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A measurable result that says whether an objective is met: from baseline to target. */
@Entity
@Table(name = "key_result")
public class KeyResult extends PlanItem {

    @Column(name = "objective_id", nullable = false)
    public UUID objectiveId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public BigDecimal baseline;

    public BigDecimal target;

    public String unit;

    @Column(name = "metric_id")
    public UUID metricId;
}
