-- Slack workspaces installed through OAuth: one bot token each, stored only as the Slack adapter's
-- ciphertext (ASP.NET Core Data Protection), so a copy of the database holds no usable token.
CREATE TABLE slack_installations (
    team_id              text        NOT NULL PRIMARY KEY,
    team_name            text        NOT NULL,
    protected_bot_token  text        NOT NULL,
    bot_user_id          text        NOT NULL,
    scopes               text        NOT NULL,
    installed_by         text        NOT NULL,
    installed_at         timestamptz NOT NULL
);

-- The install links' states already used: a state works once, whichever host its callback reaches.
-- Rows past expires_at may be deleted; their state would be refused as expired anyway.
CREATE TABLE oauth_states (
    state_id     text        NOT NULL PRIMARY KEY,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX ix_oauth_states_expiry ON oauth_states (expires_at);
