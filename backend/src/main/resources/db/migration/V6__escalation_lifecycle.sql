-- Escalations get a lifecycle (OPEN -> ACKNOWLEDGED -> RESOLVED with an outcome), a packet (what was tried, each
-- party's position and interest, what remains disputed), and climb to the next tier when their response time
-- runs out. At most one unresolved escalation per metric: a metric that turns red again adds to it.

ALTER TABLE escalation
    ALTER COLUMN summary TYPE varchar(2000),
    ADD COLUMN version           integer NOT NULL DEFAULT 0,
    ADD COLUMN what_was_tried    varchar(2000),
    ADD COLUMN disputed          varchar(2000),
    ADD COLUMN outcome           varchar(2000),
    ADD COLUMN acknowledged_at   timestamptz,
    ADD COLUMN acknowledged_by   varchar(255),
    ADD COLUMN resolved_by       varchar(255),
    ADD COLUMN climbed_at        timestamptz,
    ADD COLUMN red_count         integer NOT NULL DEFAULT 1,
    ADD COLUMN back_to_green_at  timestamptz;

-- Earlier, every red reading opened another escalation: keep the newest unresolved one per metric.
UPDATE escalation e SET status = 'RESOLVED', resolved_at = now(),
       outcome = 'Merged into the newer escalation of the same metric.'
 WHERE e.status <> 'RESOLVED' AND e.metric_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM escalation n WHERE n.metric_id = e.metric_id AND n.status <> 'RESOLVED'
                                            AND (n.opened_at, n.id) > (e.opened_at, e.id));
CREATE UNIQUE INDEX escalation_one_unresolved_per_metric ON escalation (metric_id) WHERE status <> 'RESOLVED' AND metric_id IS NOT NULL;
CREATE INDEX escalation_due ON escalation (response_due_at) WHERE status = 'OPEN';

CREATE TABLE escalation_position (
    escalation_id    uuid NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    position         varchar(2000) NOT NULL,
    interest         varchar(2000),
    stated_by        varchar(255) NOT NULL,
    stated_at        timestamptz NOT NULL,
    PRIMARY KEY (escalation_id, organization_id)
);
