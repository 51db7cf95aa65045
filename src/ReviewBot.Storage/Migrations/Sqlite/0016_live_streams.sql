-- Live streams a team sells through, reviewed by their host and crew after each broadcast; the team's stream
-- rules and its own review templates; and what a review answer, a delivery, a dialog or a key result is about
-- when that is a stream rather than the week.

-- One row per scheduled broadcast. quarter and week_number are the team's calendar at the start, fixed when it
-- is scheduled. crew_member_ids is a JSON array of member ids in the order the file or the chat gave them.
-- duration_seconds is decimal text, so any duration reads back to the tick.
CREATE TABLE live_streams (
    id                     TEXT    NOT NULL PRIMARY KEY,
    workspace_id           TEXT    NOT NULL,
    team_id                TEXT    NOT NULL,
    stream_key             TEXT,
    title                  TEXT    NOT NULL,
    starts_at              TEXT    NOT NULL,
    duration_seconds       TEXT    NOT NULL,
    quarter                TEXT    NOT NULL,
    week_number            INTEGER NOT NULL,
    host_member_id         TEXT    NOT NULL,
    crew_member_ids        TEXT    NOT NULL,
    currency               TEXT    NOT NULL,
    template_id            TEXT    NOT NULL,
    scheduled_by_member_id TEXT,
    review_requested_at    TEXT,
    cancelled_at           TEXT,
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, host_member_id) REFERENCES members (workspace_id, id),
    -- A re-import finds a stream by its key; a NULL key (added in chat) is never equal to another.
    UNIQUE (workspace_id, team_id, stream_key),
    -- The same broadcast entered twice is one stream.
    UNIQUE (workspace_id, team_id, title, starts_at)
);
CREATE INDEX ix_live_streams_start ON live_streams (workspace_id, team_id, starts_at);
CREATE INDEX ix_live_streams_quarter ON live_streams (workspace_id, team_id, quarter);

-- A team's stream rules; a team without a row has the defaults. Delays are decimal seconds as text; targets
-- a JSON object of metric id (a number question's id) to decimal.
CREATE TABLE stream_rules (
    workspace_id           TEXT NOT NULL,
    team_id                TEXT NOT NULL,
    review_delay_seconds   TEXT NOT NULL,
    answer_window_seconds  TEXT NOT NULL,
    template_id            TEXT NOT NULL,
    targets                TEXT NOT NULL,
    PRIMARY KEY (workspace_id, team_id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id)
);

-- A team's own review templates as its team file wrote them: a JSON array, in order, replaced whole by each import.
CREATE TABLE team_templates (
    workspace_id  TEXT NOT NULL,
    team_id       TEXT NOT NULL,
    templates     TEXT NOT NULL,
    PRIMARY KEY (workspace_id, team_id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id)
);

-- The stream an answer, a delivery or a dialog is about; NULL for the week's and the quarter's.
ALTER TABLE review_answers ADD COLUMN subject_id TEXT;
-- A stream's answers, and each author's latest submission among them, without reading the quarter's.
CREATE INDEX ix_review_answers_subject ON review_answers (workspace_id, subject_id, author_member_id, recorded_at) WHERE subject_id IS NOT NULL;
ALTER TABLE scheduled_deliveries ADD COLUMN subject_id TEXT;
ALTER TABLE dialogs ADD COLUMN subject_id TEXT;

-- Where a key result's value comes from when nobody checks it in ("live-streams.gmv"); NULL for a checked-in one.
ALTER TABLE key_results ADD COLUMN feed TEXT;
