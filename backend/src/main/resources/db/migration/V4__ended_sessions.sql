-- Keycloak sessions (the tokens' "sid") that have ended: signed out in Tandem, or ended in Keycloak and
-- reported through back-channel logout. Every replica refuses cookies, tokens and sockets of these sessions;
-- the rows are the truth, NOTIFY only wakes the replicas. Rows older than the retention are deleted.
CREATE TABLE ended_session (
    sid       varchar(255) PRIMARY KEY,
    ended_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX ended_session_ended_at ON ended_session (ended_at);
