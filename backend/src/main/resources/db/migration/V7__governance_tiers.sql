-- The governance tiers of a partnership as its partners edited them (until then, the defaults of its governance
-- model apply and nothing is stored): when each tier meets, for how long, who sits in it, and how long it has to
-- take up an escalation before it climbs.

CREATE TABLE governance_tier (
    id                uuid PRIMARY KEY,
    partnership_id    uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    tier              varchar(20)  NOT NULL,
    name              varchar(80)  NOT NULL,
    cadence           varchar(20)  NOT NULL,
    duration_minutes  integer      NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
    weekday           integer      NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    time_of_day       time         NOT NULL,
    time_zone         varchar(64)  NOT NULL,
    response_hours    integer      NOT NULL CHECK (response_hours BETWEEN 1 AND 2160),
    version           integer      NOT NULL DEFAULT 0,
    UNIQUE (partnership_id, tier)
);

CREATE TABLE governance_tier_member (
    tier_id          uuid NOT NULL REFERENCES governance_tier (id) ON DELETE CASCADE,
    email            varchar(320) NOT NULL,
    PRIMARY KEY (tier_id, email)
);
