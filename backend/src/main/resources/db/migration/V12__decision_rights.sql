-- The decision-rights matrix of a partnership: for each type of decision, the tier that decides and each party's
-- role (R, A, C or I, as JSON: organisation id -> role). A change is a proposal until the sponsor of every accepted
-- party has approved it (each approves its own party's column); until a row is agreed the defaults apply.

CREATE TABLE decision_right (
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    decision_type   varchar(40) NOT NULL,
    tier            varchar(20) NOT NULL,
    roles           text        NOT NULL,
    agreed_at       timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, decision_type)
);

CREATE TABLE decision_right_proposal (
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    decision_type   varchar(40) NOT NULL,
    tier            varchar(20) NOT NULL,
    roles           text        NOT NULL,
    -- the organisations whose sponsors approved it, as JSON: [organisation id]
    approvals       text        NOT NULL,
    proposed_by     varchar(255) NOT NULL,
    proposed_at     timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, decision_type)
);
