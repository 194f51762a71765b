-- A scheduled meeting can be moved or cancelled on its own (the series stays as its tier's cadence has it), and
-- people add items of their own to its agenda after the items built from the data.

ALTER TABLE meeting
    ADD COLUMN cancelled      boolean NOT NULL DEFAULT false,
    ADD COLUMN cancel_reason  varchar(500);

CREATE TABLE meeting_agenda_item (
    id          uuid PRIMARY KEY,
    meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    title       varchar(300) NOT NULL,
    added_by    varchar(255) NOT NULL,
    added_at    timestamptz  NOT NULL
);
CREATE INDEX meeting_agenda_item_meeting ON meeting_agenda_item (meeting_id, added_at);
