-- Teams conversation references: what proactive messages need to reach a member or a channel again.
CREATE TABLE teams_conversations (
    workspace_id       text        NOT NULL REFERENCES workspaces (id),
    conversation_id    text        NOT NULL,
    conversation_type  text        NOT NULL,
    service_url        text        NOT NULL,
    tenant_id          text        NOT NULL,
    bot_id             text        NOT NULL,
    user_id            text,
    user_aad_object_id text,
    enabled            boolean     NOT NULL DEFAULT TRUE,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, conversation_id)
);
CREATE INDEX ix_teams_conversations_user ON teams_conversations (workspace_id, user_aad_object_id);
