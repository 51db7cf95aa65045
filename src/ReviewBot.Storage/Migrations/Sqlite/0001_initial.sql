-- Amounts are TEXT holding invariant decimals: SQLite's REAL would round money.
-- Instants are TEXT in UTC ISO 8601 (yyyy-MM-ddTHH:mm:ss.fffffffZ), so they sort as text.

CREATE TABLE workspaces (
    id           TEXT    NOT NULL PRIMARY KEY,
    platform     TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (platform, external_id)
);

CREATE TABLE teams (
    id                       TEXT    NOT NULL PRIMARY KEY,
    workspace_id             TEXT    NOT NULL REFERENCES workspaces (id),
    team_key                 TEXT    NOT NULL,
    name                     TEXT    NOT NULL,
    time_zone                TEXT    NOT NULL,
    fiscal_year_start_month  INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    reporting_currency       TEXT    NOT NULL,
    check_in_day             INTEGER NOT NULL CHECK (check_in_day BETWEEN 0 AND 6),
    check_in_time            TEXT    NOT NULL,
    UNIQUE (workspace_id, team_key),
    UNIQUE (workspace_id, id)
);

CREATE TABLE exchange_rates (
    workspace_id       TEXT NOT NULL,
    team_id            TEXT NOT NULL,
    quarter            TEXT NOT NULL,
    currency           TEXT NOT NULL,
    rate_to_reporting  TEXT NOT NULL,
    PRIMARY KEY (team_id, quarter, currency),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE holidays (
    workspace_id  TEXT NOT NULL,
    team_id       TEXT NOT NULL,
    market        TEXT NOT NULL,
    holiday_date  TEXT NOT NULL,
    name          TEXT NOT NULL,
    PRIMARY KEY (team_id, market, holiday_date),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE summary_channels (
    workspace_id  TEXT NOT NULL,
    team_id       TEXT NOT NULL,
    platform      TEXT NOT NULL,
    channel_id    TEXT NOT NULL,
    PRIMARY KEY (team_id, platform),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE members (
    id             TEXT NOT NULL PRIMARY KEY,
    workspace_id   TEXT NOT NULL,
    team_id        TEXT NOT NULL,
    name           TEXT NOT NULL,
    email          TEXT,
    slack_user_id  TEXT,
    teams_user_id  TEXT,
    role           TEXT NOT NULL,
    market         TEXT NOT NULL,
    time_zone      TEXT NOT NULL,
    locale         TEXT NOT NULL,
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id)
);
CREATE UNIQUE INDEX ux_members_email ON members (team_id, email);
CREATE UNIQUE INDEX ux_members_slack ON members (team_id, slack_user_id);
CREATE UNIQUE INDEX ux_members_teams ON members (team_id, teams_user_id);

CREATE TABLE objectives (
    id               TEXT    NOT NULL PRIMARY KEY,
    workspace_id     TEXT    NOT NULL,
    team_id          TEXT    NOT NULL,
    quarter          TEXT    NOT NULL,
    objective_key    TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    owner_member_id  TEXT,
    basis            TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    UNIQUE (team_id, quarter, objective_key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, owner_member_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE key_results (
    id               TEXT    NOT NULL PRIMARY KEY,
    workspace_id     TEXT    NOT NULL,
    objective_id     TEXT    NOT NULL,
    kr_key           TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    owner_member_id  TEXT,
    unit_kind        TEXT    NOT NULL,
    unit_name        TEXT,
    start_value      TEXT    NOT NULL,
    target_value     TEXT    NOT NULL,
    weight           TEXT    NOT NULL,
    basis            TEXT    NOT NULL,
    market           TEXT,
    position         INTEGER NOT NULL,
    UNIQUE (objective_id, kr_key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, objective_id) REFERENCES objectives (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, owner_member_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE check_ins (
    id                TEXT    NOT NULL PRIMARY KEY,
    workspace_id      TEXT    NOT NULL,
    key_result_id     TEXT    NOT NULL,
    author_member_id  TEXT    NOT NULL,
    quarter           TEXT    NOT NULL,
    week_number       INTEGER NOT NULL,
    value             TEXT    NOT NULL,
    confidence        TEXT    NOT NULL,
    comment           TEXT,
    blockers          TEXT,
    source            TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    FOREIGN KEY (workspace_id, key_result_id) REFERENCES key_results (workspace_id, id),
    FOREIGN KEY (workspace_id, author_member_id) REFERENCES members (workspace_id, id)
);
CREATE INDEX ix_check_ins_key_result ON check_ins (workspace_id, key_result_id, quarter, week_number);
