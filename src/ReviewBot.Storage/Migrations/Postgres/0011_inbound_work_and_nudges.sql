-- Inbound event keys get a name of their own ("deliveries" also meant the scheduler's sends and a turn's id).
ALTER TABLE deliveries RENAME TO inbound_event_keys;
ALTER TABLE inbound_event_keys RENAME COLUMN delivery_key TO event_key;
ALTER TABLE inbound_event_keys RENAME CONSTRAINT deliveries_pkey TO inbound_event_keys_pkey;
ALTER TABLE inbound_event_keys RENAME CONSTRAINT deliveries_workspace_id_fkey TO inbound_event_keys_workspace_id_fkey;
-- Pruning deletes by age.
CREATE INDEX ix_inbound_event_keys_recorded ON inbound_event_keys (recorded_at);

-- What an acknowledged Slack event or interaction still has to do, recorded with its event key before the
-- acknowledgement: payload is the typed request as JSON, state pending, done or failed. A pending row whose
-- lease_until has passed (or is NULL) is free for any host to take.
CREATE TABLE inbound_work (
    workspace_id  text        NOT NULL REFERENCES workspaces (id),
    event_key     text        NOT NULL,
    kind          text        NOT NULL,
    payload       text        NOT NULL,
    state         text        NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    lease_until   timestamptz,
    last_error    text,
    received_at   timestamptz NOT NULL,
    processed_at  timestamptz,
    PRIMARY KEY (workspace_id, event_key)
);
CREATE INDEX ix_inbound_work_due ON inbound_work (state, lease_until);
CREATE INDEX ix_inbound_work_processed ON inbound_work (state, processed_at);

-- Each nudge a manager's "review remind" sent, so a member is not nudged again within the cool-down.
CREATE TABLE nudges (
    workspace_id  text        NOT NULL,
    member_id     text        NOT NULL,
    nudged_at     timestamptz NOT NULL,
    nudged_by     text        NOT NULL,
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_nudges_member ON nudges (workspace_id, member_id, nudged_at);
