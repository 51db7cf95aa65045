-- The DM channel each person has with the bot (Slack's D… id from conversations.open), kept so it is opened
-- once and reused: conversations.open is rate-limited far below chat.postMessage.
CREATE TABLE direct_channels (
    workspace_id      text        NOT NULL REFERENCES workspaces (id),
    platform_user_id  text        NOT NULL,
    channel_id        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, platform_user_id)
);

-- Attempts taken, counted when each one starts: more than the recorded attempts when a host was killed
-- between sending and recording, so the next attempt looks for the message before sending it again.
ALTER TABLE scheduled_deliveries ADD COLUMN attempts_started integer NOT NULL DEFAULT 0;
