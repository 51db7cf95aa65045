-- Deliveries learn what they are about (quarter, week: a job rebuilds one from its key alone), when they may
-- next be tried (not_before: NULL = now; a sending host's lease; a transient failure's backoff), and a fourth
-- outcome, 'skipped', for one that was no longer needed when its turn came (the member checked in meanwhile).
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE scheduled_deliveries_0007 (
    workspace_id  TEXT    NOT NULL REFERENCES workspaces (id),
    delivery_key  TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    team_id       TEXT    NOT NULL,
    member_id     TEXT,
    quarter       TEXT,
    week_number   INTEGER,
    due_at        TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'skipped')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    sent_at       TEXT,
    message_ref   TEXT,
    not_before    TEXT,
    PRIMARY KEY (workspace_id, delivery_key)
);
INSERT INTO scheduled_deliveries_0007 (workspace_id, delivery_key, kind, team_id, member_id, due_at, status, attempts, last_error, sent_at, message_ref)
SELECT workspace_id, delivery_key, kind, team_id, member_id, due_at, status, attempts, last_error, sent_at, message_ref FROM scheduled_deliveries;
DROP TABLE scheduled_deliveries;
ALTER TABLE scheduled_deliveries_0007 RENAME TO scheduled_deliveries;
CREATE INDEX ix_scheduled_deliveries_team ON scheduled_deliveries (workspace_id, team_id, status);
CREATE INDEX ix_scheduled_deliveries_pending ON scheduled_deliveries (status, not_before);
