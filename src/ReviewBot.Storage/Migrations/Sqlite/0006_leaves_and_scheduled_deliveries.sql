-- Leave: date ranges (inclusive, in the member's own calendar) in which nobody prompts or nudges them.
CREATE TABLE leaves (
    workspace_id  TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    first_day     TEXT NOT NULL,
    last_day      TEXT NOT NULL,
    PRIMARY KEY (workspace_id, member_id, first_day),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);

-- What the scheduler delivered, one row per idempotency key (prompt:member:quarter:week, review:team:quarter…):
-- a restart, a retried job or a second host finds the key and does not send twice.
CREATE TABLE scheduled_deliveries (
    workspace_id  TEXT    NOT NULL REFERENCES workspaces (id),
    delivery_key  TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    team_id       TEXT    NOT NULL,
    member_id     TEXT,
    due_at        TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    sent_at       TEXT,
    message_ref   TEXT,
    PRIMARY KEY (workspace_id, delivery_key)
);
CREATE INDEX ix_scheduled_deliveries_team ON scheduled_deliveries (workspace_id, team_id, status);
