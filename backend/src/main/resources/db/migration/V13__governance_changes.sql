-- The governance change log that subscriptions follow (governanceChanged): one row per change of an escalation,
-- meeting, decision, action item, decision right or tier, written in the change's own transaction. Writers take an
-- advisory lock before drawing seq (GovernanceJournal), so seq follows commit order; NOTIFY only wakes replicas.
CREATE TABLE governance_change (
    seq             bigserial PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    subject         varchar(20) NOT NULL,
    subject_id      uuid,
    action          varchar(60) NOT NULL,
    summary         varchar(500) NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX governance_change_partnership ON governance_change (partnership_id, seq);
