-- Metrics with green/amber/red thresholds, their readings, the status changes the readings cause (the
-- source of truth for subscriptions: NOTIFY only wakes replicas) and the escalations a change to RED opens.

CREATE TABLE metric (
    id                   uuid PRIMARY KEY,
    partnership_id       uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    name                 varchar(120) NOT NULL,
    kind                 varchar(20)  NOT NULL,
    unit                 varchar(40),
    direction            varchar(20)  NOT NULL,
    target               numeric(20, 6),
    amber_threshold      numeric(20, 6) NOT NULL,
    red_threshold        numeric(20, 6) NOT NULL,
    cadence              varchar(20)  NOT NULL,
    owning_org_id        uuid NOT NULL REFERENCES organization (id),
    escalation_tier      varchar(20)  NOT NULL,
    status               varchar(10)  NOT NULL DEFAULT 'UNKNOWN',
    latest_reading_id    uuid,
    latest_observed_at   timestamptz,
    created_at           timestamptz  NOT NULL,
    version              integer      NOT NULL DEFAULT 0,
    UNIQUE (partnership_id, name)
);
CREATE INDEX metric_partnership ON metric (partnership_id);

CREATE TABLE metric_reading (
    id              uuid PRIMARY KEY,
    metric_id       uuid NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    value           numeric(20, 6) NOT NULL,
    observed_at     timestamptz NOT NULL,
    status          varchar(10)  NOT NULL,
    source          varchar(20)  NOT NULL,
    source_key      varchar(200),
    recorded_by     varchar(255) NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX metric_reading_observed ON metric_reading (metric_id, observed_at DESC, id DESC);
-- An integrator's reading records once per (metric, source key).
CREATE UNIQUE INDEX metric_reading_source_key ON metric_reading (metric_id, source_key) WHERE source_key IS NOT NULL;

CREATE TABLE metric_status_change (
    seq             bigserial PRIMARY KEY,
    metric_id       uuid NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    previous        varchar(10) NOT NULL,
    current         varchar(10) NOT NULL,
    reading_id      uuid NOT NULL REFERENCES metric_reading (id) ON DELETE CASCADE,
    at              timestamptz NOT NULL
);
CREATE INDEX metric_status_change_partnership ON metric_status_change (partnership_id, seq);

CREATE TABLE escalation (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    metric_id       uuid REFERENCES metric (id) ON DELETE SET NULL,
    tier            varchar(20) NOT NULL,
    status          varchar(20) NOT NULL,
    summary         varchar(500) NOT NULL,
    opened_at       timestamptz NOT NULL,
    response_due_at timestamptz,
    resolved_at     timestamptz
);
CREATE INDEX escalation_partnership ON escalation (partnership_id, opened_at DESC);
