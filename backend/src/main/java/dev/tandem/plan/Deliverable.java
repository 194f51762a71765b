package dev.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Something a workstream delivers: one sentence of done, a due date, one owner per party, dependencies. */
@Entity
public class Deliverable extends PlanItem {

    @Column(name = "workstream_id", nullable = false)
    public UUID workstreamId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "definition_of_done")
    public String definitionOfDone;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableStatus status;

    @Column(nullable = false)
    public boolean milestone;
}
