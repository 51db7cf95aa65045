-- Deliveries learn what they are about (quarter, week: a job rebuilds one from its key alone), when they may
-- next be tried (not_before: NULL = now; a sending host's lease; a transient failure's backoff), and a fourth
-- outcome, 'skipped', for one that was no longer needed when its turn came (the member checked in meanwhile).
-- PostgreSQL changes the table in place where SQLite had to rebuild it.
ALTER TABLE scheduled_deliveries
    ADD COLUMN quarter text,
    ADD COLUMN week_number integer,
    ADD COLUMN not_before timestamptz,
    DROP CONSTRAINT scheduled_deliveries_status_check,
    ADD CONSTRAINT scheduled_deliveries_status_check CHECK (status IN ('claimed', 'sent', 'failed', 'skipped'));
CREATE INDEX ix_scheduled_deliveries_pending ON scheduled_deliveries (status, not_before);
