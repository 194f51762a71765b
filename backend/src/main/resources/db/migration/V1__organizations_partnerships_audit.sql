-- Organisations (one per partner company; slug = the Keycloak organization alias), partnerships with
-- their parties and members, the people Tandem has seen, and the audit trail.

CREATE TABLE organization (
    id          uuid PRIMARY KEY,
    slug        varchar(64)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE TABLE organization_domain (
    domain          varchar(253) PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE
);
CREATE INDEX organization_domain_org ON organization_domain (organization_id);

-- People as last seen in their tokens: gives members and sponsors a display name.
CREATE TABLE person (
    subject         varchar(255) PRIMARY KEY,
    email           varchar(320),
    display_name    varchar(200),
    organization_id uuid REFERENCES organization (id),
    last_seen_at    timestamptz NOT NULL
);
CREATE INDEX person_email ON person (email);

CREATE TABLE partnership (
    id                  uuid PRIMARY KEY,
    name                varchar(120) NOT NULL,
    charter             text,
    governance_model    varchar(40)  NOT NULL,
    status              varchar(20)  NOT NULL,
    starts_on           date,
    created_by_org_id   uuid NOT NULL REFERENCES organization (id),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             integer      NOT NULL DEFAULT 0
);
CREATE INDEX partnership_created ON partnership (created_at DESC, id DESC);

-- One row per organisation in a partnership: invited, and accepted once its sponsor or admin says yes.
CREATE TABLE party (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organization (id),
    invited_at      timestamptz NOT NULL,
    invited_by      varchar(255) NOT NULL,
    accepted_at     timestamptz,
    accepted_by     varchar(255),
    UNIQUE (partnership_id, organization_id)
);
CREATE INDEX party_organization ON party (organization_id, partnership_id);

-- A person's role in one partnership, keyed by verified email so a role can be given before first sign-in.
CREATE TABLE member (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organization (id),
    email           varchar(320) NOT NULL,
    role            varchar(20)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    UNIQUE (partnership_id, email)
);

CREATE TABLE audit_event (
    id                  uuid PRIMARY KEY,
    partnership_id      uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    at                  timestamptz  NOT NULL,
    actor_subject       varchar(255) NOT NULL,
    actor_name          varchar(200),
    actor_kind          varchar(20)  NOT NULL,
    actor_org_id        uuid REFERENCES organization (id),
    action              varchar(60)  NOT NULL,
    entity_type         varchar(40)  NOT NULL,
    entity_id           uuid,
    summary             varchar(500) NOT NULL,
    before_state        text,
    after_state         text
);
CREATE INDEX audit_event_partnership ON audit_event (partnership_id, at DESC, id DESC);
