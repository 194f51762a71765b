-- A change to a metric's target or thresholds by one party waits for another accepted party to agree: until then
-- it is kept here, beside the thresholds in force, and shown as pending.

ALTER TABLE metric
    ADD COLUMN pending_target         numeric(20, 6),
    ADD COLUMN pending_clears_target  boolean NOT NULL DEFAULT false,
    ADD COLUMN pending_amber          numeric(20, 6),
    ADD COLUMN pending_red            numeric(20, 6),
    ADD COLUMN pending_org_id         uuid REFERENCES organization (id),
    ADD COLUMN pending_by             varchar(255),
    ADD COLUMN pending_at             timestamptz;
