-- Written answers to review questions, the idempotency record of deliveries, and open text dialogs.

CREATE TABLE review_answers (
    id                text        NOT NULL PRIMARY KEY,
    workspace_id      text        NOT NULL,
    template_id       text        NOT NULL,
    question_id       text        NOT NULL,
    author_member_id  text        NOT NULL,
    quarter           text        NOT NULL,
    week_number       integer     NOT NULL,
    key_result_id     text,
    text              text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    FOREIGN KEY (workspace_id, author_member_id) REFERENCES members (workspace_id, id),
    -- A NULL key_result_id (a question about the whole period) satisfies this key; any other value must exist in the same workspace.
    FOREIGN KEY (workspace_id, key_result_id) REFERENCES key_results (workspace_id, id)
);
CREATE INDEX ix_review_answers_author ON review_answers (workspace_id, quarter, author_member_id);
-- Without it, deleting a key result would scan every answer to check the foreign key.
CREATE INDEX ix_review_answers_key_result ON review_answers (workspace_id, key_result_id);

-- One row per delivery recorded: a retried delivery finds its key here and records nothing.
CREATE TABLE deliveries (
    workspace_id  text        NOT NULL REFERENCES workspaces (id),
    delivery_key  text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, delivery_key)
);

-- One open dialog per member; answers is a JSON object of form field id to raw answer text.
CREATE TABLE dialogs (
    workspace_id     text        NOT NULL,
    member_id        text        NOT NULL,
    conversation_id  text        NOT NULL,
    template_id      text        NOT NULL,
    quarter          text        NOT NULL,
    week_number      integer     NOT NULL,
    step             integer     NOT NULL,
    answers          text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, member_id),
    -- A half-finished dialog means nothing once its member is gone.
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
