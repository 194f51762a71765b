-- A scheduled meeting is stored once something is recorded for it (minutes, attendance, a decision, an action
-- item), under its occurrence's id; minuting freezes its agenda. Decisions name the people who took them; action
-- items have one owner and a due date, from a meeting or an escalation.

CREATE TABLE meeting (
    id                uuid PRIMARY KEY,
    partnership_id    uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    tier              varchar(20)  NOT NULL,
    title             varchar(120) NOT NULL,
    starts_at         timestamptz  NOT NULL,
    duration_minutes  integer      NOT NULL,
    minutes           text,
    minuted_at        timestamptz,
    -- the agenda as it was when the meeting was minuted (JSON); null while it is built from live data
    agenda            text,
    version           integer      NOT NULL DEFAULT 0
);
CREATE INDEX meeting_partnership ON meeting (partnership_id, starts_at);

CREATE TABLE meeting_attendee (
    meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    email       varchar(320) NOT NULL,
    PRIMARY KEY (meeting_id, email)
);

CREATE TABLE decision (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    meeting_id      uuid REFERENCES meeting (id) ON DELETE SET NULL,
    title           varchar(500) NOT NULL,
    decision_type   varchar(40)  NOT NULL,
    decided_at      timestamptz  NOT NULL,
    recorded_by     varchar(255) NOT NULL
);
CREATE INDEX decision_meeting ON decision (meeting_id);

CREATE TABLE decision_maker (
    decision_id      uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    email            varchar(320) NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (decision_id, email)
);

CREATE TABLE action_item (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    meeting_id      uuid REFERENCES meeting (id) ON DELETE SET NULL,
    escalation_id   uuid REFERENCES escalation (id) ON DELETE SET NULL,
    tier            varchar(20)  NOT NULL,
    title           varchar(500) NOT NULL,
    owner_email     varchar(320) NOT NULL,
    due_on          date         NOT NULL,
    done            boolean      NOT NULL DEFAULT false,
    done_at         timestamptz,
    created_at      timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0
);
CREATE INDEX action_item_partnership ON action_item (partnership_id, due_on);
CREATE INDEX action_item_owner ON action_item (owner_email) WHERE NOT done;
