-- Health surveys. Each round of a survey is a row of its own (a recurring survey's rounds share a series);
-- its questions are copied per round so a round's results never change with a later edit. A response is
-- stored under a per-round pseudonym (a keyed hash of the round and the person, computed by the service with
-- a key the database never sees) and never under the person's id.

CREATE TABLE survey (
    id                   uuid PRIMARY KEY,
    partnership_id       uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    series_id            uuid NOT NULL,
    round                integer NOT NULL CHECK (round >= 1),
    title                varchar(200) NOT NULL,
    recurrence           varchar(20)  NOT NULL,
    opens_at             timestamptz  NOT NULL,
    closes_at            timestamptz  NOT NULL CHECK (closes_at > opens_at),
    anonymity_threshold  integer      NOT NULL CHECK (anonymity_threshold >= 3),
    -- set once, by whichever replica settles the closed round first: its readings recorded, its next round created
    settled_at           timestamptz,
    owning_org_id        uuid NOT NULL REFERENCES organization (id),
    created_by           varchar(255) NOT NULL,
    created_at           timestamptz  NOT NULL,
    version              integer      NOT NULL DEFAULT 0,
    UNIQUE (series_id, round)
);
CREATE INDEX survey_partnership ON survey (partnership_id, opens_at DESC);
CREATE INDEX survey_unsettled ON survey (closes_at) WHERE settled_at IS NULL;

CREATE TABLE survey_audience (
    survey_id        uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (survey_id, organization_id)
);

CREATE TABLE survey_question (
    id         uuid PRIMARY KEY,
    survey_id  uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    kind       varchar(10)  NOT NULL,
    text       varchar(300) NOT NULL,
    -- the checklist item of the default template (STRATEGIC_CLARITY ...); null for a hand-made question
    topic      varchar(40)
);
CREATE INDEX survey_question_survey ON survey_question (survey_id, position);

CREATE TABLE survey_response (
    id               uuid PRIMARY KEY,
    survey_id        uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    pseudonym        varchar(64) NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    submitted_at     timestamptz NOT NULL,
    -- the answers as JSON: [{"questionId": ..., "rag": ..., "score": ..., "text": ...}]
    answers          text NOT NULL,
    UNIQUE (survey_id, pseudonym)
);
