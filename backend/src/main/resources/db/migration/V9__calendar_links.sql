-- Secret links to a person's meeting calendar (iCalendar). Only a hash of the secret is stored: whoever has the
-- link reads the calendar, so the person can revoke it and make a new one.

CREATE TABLE calendar_link (
    id          uuid PRIMARY KEY,
    email       varchar(320) NOT NULL,
    token_hash  varchar(64)  NOT NULL UNIQUE,
    created_at  timestamptz  NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX calendar_link_email ON calendar_link (email) WHERE revoked_at IS NULL;
