-- The Joint Execution Plan: versions of one partnership's plan, each a full copy of its items. An item keeps
-- its lineage key across versions (what planDiff matches on); check-ins hang off the key result's lineage
-- so that history survives amendments.

CREATE TABLE plan (
    id                uuid PRIMARY KEY,
    partnership_id    uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    number            integer     NOT NULL,
    status            varchar(20) NOT NULL,
    amendment_reason  varchar(1000),
    next_review_on    date,
    revision          integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    created_by        varchar(255) NOT NULL,
    proposed_at       timestamptz,
    ratified_at       timestamptz,
    UNIQUE (partnership_id, number)
);

CREATE TABLE plan_ratification (
    plan_id         uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organization (id),
    ratified_by     varchar(255) NOT NULL,
    ratified_by_email varchar(320),
    ratified_at     timestamptz NOT NULL,
    PRIMARY KEY (plan_id, organization_id)
);

CREATE TABLE objective (
    id          uuid PRIMARY KEY,
    plan_id     uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    lineage     uuid NOT NULL,
    position    integer NOT NULL,
    title       varchar(200) NOT NULL,
    description text,
    version     integer NOT NULL DEFAULT 0,
    UNIQUE (plan_id, lineage)
);
CREATE INDEX objective_plan ON objective (plan_id, position);

CREATE TABLE key_result (
    id            uuid PRIMARY KEY,
    plan_id       uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    objective_id  uuid NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    lineage       uuid NOT NULL,
    position      integer NOT NULL,
    title         varchar(200) NOT NULL,
    baseline      numeric(20, 6),
    target        numeric(20, 6),
    unit          varchar(40),
    metric_id     uuid,
    version       integer NOT NULL DEFAULT 0,
    UNIQUE (plan_id, lineage)
);
CREATE INDEX key_result_objective ON key_result (objective_id, position);

CREATE TABLE check_in (
    id               uuid PRIMARY KEY,
    partnership_id   uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    key_result_lineage   uuid NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    value            numeric(20, 6),
    confidence       integer NOT NULL CHECK (confidence BETWEEN 0 AND 10),
    comment          varchar(2000),
    by_subject       varchar(255) NOT NULL,
    by_email         varchar(320),
    at               timestamptz NOT NULL
);
CREATE INDEX check_in_key_result ON check_in (key_result_lineage, at DESC);

CREATE TABLE workstream (
    id        uuid PRIMARY KEY,
    plan_id   uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    lineage   uuid NOT NULL,
    position  integer NOT NULL,
    name      varchar(200) NOT NULL,
    version   integer NOT NULL DEFAULT 0,
    UNIQUE (plan_id, lineage)
);
CREATE INDEX workstream_plan ON workstream (plan_id, position);

-- One lead per party and workstream.
CREATE TABLE workstream_lead (
    workstream_id   uuid NOT NULL REFERENCES workstream (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organization (id),
    email           varchar(320) NOT NULL,
    PRIMARY KEY (workstream_id, organization_id)
);

CREATE TABLE deliverable (
    id                  uuid PRIMARY KEY,
    plan_id             uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    workstream_id       uuid NOT NULL REFERENCES workstream (id) ON DELETE CASCADE,
    lineage             uuid NOT NULL,
    position            integer NOT NULL,
    title               varchar(200) NOT NULL,
    definition_of_done  varchar(500),
    due_on              date,
    status              varchar(20) NOT NULL,
    milestone           boolean NOT NULL DEFAULT false,
    version             integer NOT NULL DEFAULT 0,
    UNIQUE (plan_id, lineage)
);
CREATE INDEX deliverable_workstream ON deliverable (workstream_id, position);
CREATE INDEX deliverable_plan ON deliverable (plan_id);

-- One named owner per party and deliverable.
CREATE TABLE deliverable_owner (
    deliverable_id  uuid NOT NULL REFERENCES deliverable (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organization (id),
    email           varchar(320) NOT NULL,
    PRIMARY KEY (deliverable_id, organization_id)
);

CREATE TABLE deliverable_dependency (
    deliverable_id  uuid NOT NULL REFERENCES deliverable (id) ON DELETE CASCADE,
    depends_on_id   uuid NOT NULL REFERENCES deliverable (id) ON DELETE CASCADE,
    PRIMARY KEY (deliverable_id, depends_on_id),
    CHECK (deliverable_id <> depends_on_id)
);
CREATE INDEX deliverable_dependency_target ON deliverable_dependency (depends_on_id);

CREATE TABLE risk (
    id              uuid PRIMARY KEY,
    plan_id         uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    lineage         uuid NOT NULL,
    title           varchar(200) NOT NULL,
    probability     integer NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact          integer NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation      varchar(2000),
    owner_email     varchar(320),
    deliverable_id  uuid REFERENCES deliverable (id) ON DELETE SET NULL,
    key_result_id   uuid REFERENCES key_result (id) ON DELETE SET NULL,
    version         integer NOT NULL DEFAULT 0,
    UNIQUE (plan_id, lineage)
);
CREATE INDEX risk_plan ON risk (plan_id);
