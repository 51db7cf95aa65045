-- Teams conversation references: what proactive messages need to reach a member or a channel again.
CREATE TABLE teams_conversations (
    workspace_id       TEXT    NOT NULL REFERENCES workspaces (id),
    conversation_id    TEXT    NOT NULL,
    conversation_type  TEXT    NOT NULL,
    service_url        TEXT    NOT NULL,
    tenant_id          TEXT    NOT NULL,
    bot_id             TEXT    NOT NULL,
    user_id            TEXT,
    user_aad_object_id TEXT,
    enabled            INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, conversation_id)
);
CREATE INDEX ix_teams_conversations_user ON teams_conversations (workspace_id, user_aad_object_id);
