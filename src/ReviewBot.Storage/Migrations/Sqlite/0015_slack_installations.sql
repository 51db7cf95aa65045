-- Slack workspaces installed through OAuth: one bot token each, stored only as the Slack adapter's
-- ciphertext (ASP.NET Core Data Protection), so a copy of the database holds no usable token.
CREATE TABLE slack_installations (
    team_id              TEXT NOT NULL PRIMARY KEY,
    team_name            TEXT NOT NULL,
    protected_bot_token  TEXT NOT NULL,
    bot_user_id          TEXT NOT NULL,
    scopes               TEXT NOT NULL,
    installed_by         TEXT NOT NULL,
    installed_at         TEXT NOT NULL
);

-- The install links' states already used: a state works once, whichever host its callback reaches.
-- Rows past expires_at may be deleted; their state would be refused as expired anyway.
CREATE TABLE oauth_states (
    state_id     TEXT NOT NULL PRIMARY KEY,
    expires_at   TEXT NOT NULL
);
CREATE INDEX ix_oauth_states_expiry ON oauth_states (expires_at);
