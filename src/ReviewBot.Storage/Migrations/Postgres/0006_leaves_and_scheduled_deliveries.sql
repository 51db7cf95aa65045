-- Leave: date ranges (inclusive, in the member's own calendar) in which nobody prompts or nudges them.
CREATE TABLE leaves (
    workspace_id  text NOT NULL,
    member_id     text NOT NULL,
    first_day     date NOT NULL,
    last_day      date NOT NULL,
    PRIMARY KEY (workspace_id, member_id, first_day),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);

-- What the scheduler delivered, one row per idempotency key (prompt:member:quarter:week, review:team:quarter…):
-- a restart, a retried job or a second host finds the key and does not send twice.
CREATE TABLE scheduled_deliveries (
    workspace_id  text        NOT NULL REFERENCES workspaces (id),
    delivery_key  text        NOT NULL,
    kind          text        NOT NULL,
    team_id       text        NOT NULL,
    member_id     text,
    due_at        timestamptz NOT NULL,
    -- Named, so that 0007 can replace it.
    status        text        NOT NULL CONSTRAINT scheduled_deliveries_status_check CHECK (status IN ('claimed', 'sent', 'failed')),
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text,
    sent_at       timestamptz,
    message_ref   text,
    PRIMARY KEY (workspace_id, delivery_key)
);
CREATE INDEX ix_scheduled_deliveries_team ON scheduled_deliveries (workspace_id, team_id, status);
