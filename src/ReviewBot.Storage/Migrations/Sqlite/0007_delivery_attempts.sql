-- What a delivery is about (so a job can rebuild it from its key alone), and when it may next be tried:
-- NULL = now; while a host sends it, the end of that host's lease; after a transient failure, the backoff.
ALTER TABLE scheduled_deliveries ADD COLUMN quarter TEXT;
ALTER TABLE scheduled_deliveries ADD COLUMN week_number INTEGER;
ALTER TABLE scheduled_deliveries ADD COLUMN not_before TEXT;
CREATE INDEX ix_scheduled_deliveries_pending ON scheduled_deliveries (status, not_before);
