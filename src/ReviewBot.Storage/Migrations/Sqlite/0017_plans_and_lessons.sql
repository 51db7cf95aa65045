-- Planning the next quarter in chat: members' proposals with their key results, the manager's team target, and
-- when each team is asked to plan; and the lessons library, a full-text index over the quarter retrospectives'
-- causes and lessons.

-- When the team's members are asked to propose next quarter's key results (People.PlanningPrompt, by name).
ALTER TABLE teams ADD COLUMN planning_prompt TEXT NOT NULL DEFAULT 'AfterRetrospective';

-- One proposal per member and quarter planned, saved whole. updated_at is what an optimistic save compares: a
-- writer that read one instant writes only while the row still holds it. The key leads with the team's quarter,
-- so the manager's list of the quarter's proposals reads one range.
CREATE TABLE plan_proposals (
    workspace_id          TEXT NOT NULL,
    team_id               TEXT NOT NULL,
    quarter               TEXT NOT NULL,
    member_id             TEXT NOT NULL,
    status                TEXT NOT NULL,
    manager_comment       TEXT,
    decided_by_member_id  TEXT,
    proposed_at           TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter, member_id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id),
    FOREIGN KEY (workspace_id, decided_by_member_id) REFERENCES members (workspace_id, id)
);

-- A proposal's key results in the proposal's order (ordinal), replaced whole with it. The unit is stored as
-- key_results stores it (kind, and the ISO code or count name); values are decimal text, exact. The key result
-- carried from is not a foreign key: deleting last quarter's key result must not depend on next quarter's plan. feed
-- is written as key_results.feed is ("live-streams.gmv").
CREATE TABLE plan_proposal_key_results (
    workspace_id                TEXT    NOT NULL,
    team_id                     TEXT    NOT NULL,
    quarter                     TEXT    NOT NULL,
    member_id                   TEXT    NOT NULL,
    ordinal                     INTEGER NOT NULL,
    kr_key                      TEXT    NOT NULL,
    objective_key               TEXT    NOT NULL,
    objective_title             TEXT    NOT NULL,
    title                       TEXT    NOT NULL,
    unit_kind                   TEXT    NOT NULL,
    unit_name                   TEXT,
    start_value                 TEXT    NOT NULL,
    target_value                TEXT    NOT NULL,
    basis                       TEXT    NOT NULL,
    market                      TEXT,
    carried_from_key_result_id  TEXT,
    feed                        TEXT,
    position                    INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter, member_id, ordinal),
    FOREIGN KEY (workspace_id, team_id, quarter, member_id)
        REFERENCES plan_proposals (workspace_id, team_id, quarter, member_id) ON DELETE CASCADE
);

-- The team's target for a quarter in its reporting currency; amount is decimal text.
CREATE TABLE team_plan_targets (
    workspace_id      TEXT NOT NULL,
    team_id           TEXT NOT NULL,
    quarter           TEXT NOT NULL,
    currency          TEXT NOT NULL,
    amount            TEXT NOT NULL,
    set_by_member_id  TEXT NOT NULL,
    set_at            TEXT NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, set_by_member_id) REFERENCES members (workspace_id, id)
);

-- The lessons library: the retrospective's causes (per key result), what worked and what to change. The trigram
-- tokenizer indexes every three characters, so a word is found inside a Chinese sentence written without spaces
-- (unicode61 would take the whole sentence for one token), case-insensitively, and as a prefix or any part of a
-- longer word; words shorter than three characters are matched with LIKE on the team's answers instead. The index
-- keeps its own copy of the text under the answer's id: review_answers' rowid is not an INTEGER PRIMARY KEY, so
-- VACUUM may renumber it, and an index keyed by it would then point at the wrong answers.
CREATE VIRTUAL TABLE lessons_index USING fts5 (answer_id UNINDEXED, text, tokenize = 'trigram');

INSERT INTO lessons_index (answer_id, text)
SELECT id, text FROM review_answers
WHERE template_id = 'quarter-retrospective' AND question_id IN ('cause', 'worked', 'change');

-- Triggers keep it in the same transaction as the answers, so no writer can forget to. Answers are only ever
-- added; the delete and update triggers are there so a hand-made correction cannot leave the index behind.
CREATE TRIGGER review_answers_insert_indexes_lessons AFTER INSERT ON review_answers
WHEN new.template_id = 'quarter-retrospective' AND new.question_id IN ('cause', 'worked', 'change')
BEGIN INSERT INTO lessons_index (answer_id, text) VALUES (new.id, new.text); END;

CREATE TRIGGER review_answers_delete_unindexes_lessons AFTER DELETE ON review_answers
WHEN old.template_id = 'quarter-retrospective' AND old.question_id IN ('cause', 'worked', 'change')
BEGIN DELETE FROM lessons_index WHERE answer_id = old.id; END;

CREATE TRIGGER review_answers_update_reindexes_lessons AFTER UPDATE OF id, template_id, question_id, text ON review_answers
BEGIN
    DELETE FROM lessons_index WHERE answer_id = old.id;
    INSERT INTO lessons_index (answer_id, text)
    SELECT new.id, new.text
    WHERE new.template_id = 'quarter-retrospective' AND new.question_id IN ('cause', 'worked', 'change');
END;
