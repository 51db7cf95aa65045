-- Written answers to review questions, the idempotency record of deliveries, and open text dialogs.

CREATE TABLE review_answers (
    id                TEXT    NOT NULL PRIMARY KEY,
    workspace_id      TEXT    NOT NULL,
    template_id       TEXT    NOT NULL,
    question_id       TEXT    NOT NULL,
    author_member_id  TEXT    NOT NULL,
    quarter           TEXT    NOT NULL,
    week_number       INTEGER NOT NULL,
    key_result_id     TEXT,
    text              TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    FOREIGN KEY (workspace_id, author_member_id) REFERENCES members (workspace_id, id),
    -- A NULL key_result_id (a question about the whole period) satisfies this key; any other value must exist in the same workspace.
    FOREIGN KEY (workspace_id, key_result_id) REFERENCES key_results (workspace_id, id)
);
CREATE INDEX ix_review_answers_author ON review_answers (workspace_id, quarter, author_member_id);
-- Without it, deleting a key result would scan every answer to check the foreign key.
CREATE INDEX ix_review_answers_key_result ON review_answers (workspace_id, key_result_id);

-- One row per delivery recorded: a retried delivery finds its key here and records nothing.
CREATE TABLE deliveries (
    workspace_id  TEXT NOT NULL REFERENCES workspaces (id),
    delivery_key  TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, delivery_key)
);

-- One open dialog per member; answers is a JSON object of form field id to raw answer text.
CREATE TABLE dialogs (
    workspace_id     TEXT    NOT NULL,
    member_id        TEXT    NOT NULL,
    conversation_id  TEXT    NOT NULL,
    template_id      TEXT    NOT NULL,
    quarter          TEXT    NOT NULL,
    week_number      INTEGER NOT NULL,
    step             INTEGER NOT NULL,
    answers          TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, member_id),
    -- A half-finished dialog means nothing once its member is gone.
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
