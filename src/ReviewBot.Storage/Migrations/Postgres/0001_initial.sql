-- The same schema as Migrations/Sqlite/0001_initial.sql in PostgreSQL's own types: amounts numeric,
-- dates date, instants timestamptz, times of day time, flags boolean.

CREATE TABLE workspaces (
    id           text    NOT NULL PRIMARY KEY,
    platform     text    NOT NULL,
    external_id  text    NOT NULL,
    name         text    NOT NULL,
    enabled      boolean NOT NULL DEFAULT TRUE,
    UNIQUE (platform, external_id)
);

CREATE TABLE teams (
    id                       text    NOT NULL PRIMARY KEY,
    workspace_id             text    NOT NULL REFERENCES workspaces (id),
    team_key                 text    NOT NULL,
    name                     text    NOT NULL,
    time_zone                text    NOT NULL,
    fiscal_year_start_month  integer NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    reporting_currency       text    NOT NULL,
    check_in_day             integer NOT NULL CHECK (check_in_day BETWEEN 0 AND 6),
    check_in_time            time    NOT NULL,
    UNIQUE (workspace_id, team_key),
    UNIQUE (workspace_id, id)
);

CREATE TABLE exchange_rates (
    workspace_id       text    NOT NULL,
    team_id            text    NOT NULL,
    quarter            text    NOT NULL,
    currency           text    NOT NULL,
    rate_to_reporting  numeric NOT NULL,
    PRIMARY KEY (team_id, quarter, currency),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE holidays (
    workspace_id  text NOT NULL,
    team_id       text NOT NULL,
    market        text NOT NULL,
    holiday_date  date NOT NULL,
    name          text NOT NULL,
    PRIMARY KEY (team_id, market, holiday_date),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE summary_channels (
    workspace_id  text NOT NULL,
    team_id       text NOT NULL,
    platform      text NOT NULL,
    channel_id    text NOT NULL,
    PRIMARY KEY (team_id, platform),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE members (
    id             text NOT NULL PRIMARY KEY,
    workspace_id   text NOT NULL,
    team_id        text NOT NULL,
    name           text NOT NULL,
    email          text,
    slack_user_id  text,
    teams_user_id  text,
    role           text NOT NULL,
    market         text NOT NULL,
    time_zone      text NOT NULL,
    locale         text NOT NULL,
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id)
);
CREATE UNIQUE INDEX ux_members_email ON members (team_id, email);
CREATE UNIQUE INDEX ux_members_slack ON members (team_id, slack_user_id);
CREATE UNIQUE INDEX ux_members_teams ON members (team_id, teams_user_id);

CREATE TABLE objectives (
    id               text    NOT NULL PRIMARY KEY,
    workspace_id     text    NOT NULL,
    team_id          text    NOT NULL,
    quarter          text    NOT NULL,
    objective_key    text    NOT NULL,
    title            text    NOT NULL,
    owner_member_id  text,
    basis            text    NOT NULL,
    position         integer NOT NULL,
    UNIQUE (team_id, quarter, objective_key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, owner_member_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE key_results (
    id               text    NOT NULL PRIMARY KEY,
    workspace_id     text    NOT NULL,
    objective_id     text    NOT NULL,
    kr_key           text    NOT NULL,
    title            text    NOT NULL,
    owner_member_id  text,
    unit_kind        text    NOT NULL,
    unit_name        text,
    start_value      numeric NOT NULL,
    target_value     numeric NOT NULL,
    weight           numeric NOT NULL,
    basis            text    NOT NULL,
    market           text,
    position         integer NOT NULL,
    UNIQUE (objective_id, kr_key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, objective_id) REFERENCES objectives (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, owner_member_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE check_ins (
    id                text        NOT NULL PRIMARY KEY,
    workspace_id      text        NOT NULL,
    key_result_id     text        NOT NULL,
    author_member_id  text        NOT NULL,
    quarter           text        NOT NULL,
    week_number       integer     NOT NULL,
    value             numeric     NOT NULL,
    confidence        text        NOT NULL,
    comment           text,
    blockers          text,
    source            text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    FOREIGN KEY (workspace_id, key_result_id) REFERENCES key_results (workspace_id, id),
    FOREIGN KEY (workspace_id, author_member_id) REFERENCES members (workspace_id, id)
);
CREATE INDEX ix_check_ins_key_result ON check_ins (workspace_id, key_result_id, quarter, week_number);
