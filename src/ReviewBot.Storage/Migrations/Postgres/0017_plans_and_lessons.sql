-- Planning the next quarter in chat: members' proposals with their key results, the manager's team target, and
-- when each team is asked to plan; and the lessons library, a full-text index over the quarter retrospectives'
-- causes and lessons.

-- When the team's members are asked to propose next quarter's key results (People.PlanningPrompt, by name).
ALTER TABLE teams ADD COLUMN planning_prompt text NOT NULL DEFAULT 'AfterRetrospective';

-- One proposal per member and quarter planned, saved whole. updated_at is what an optimistic save compares: a
-- writer that read one instant writes only while the row still holds it. The key leads with the team's quarter,
-- so the manager's list of the quarter's proposals reads one range.
CREATE TABLE plan_proposals (
    workspace_id          text        NOT NULL,
    team_id               text        NOT NULL,
    quarter               text        NOT NULL,
    member_id             text        NOT NULL,
    status                text        NOT NULL,
    manager_comment       text,
    decided_by_member_id  text,
    proposed_at           timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter, member_id),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id),
    FOREIGN KEY (workspace_id, decided_by_member_id) REFERENCES members (workspace_id, id)
);

-- A proposal's key results in the proposal's order (ordinal), replaced whole with it. The unit is stored as
-- key_results stores it (kind, and the ISO code or count name); values are numeric, exact with their scale. The key
-- result carried from is not a foreign key: deleting last quarter's key result must not depend on next quarter's plan.
CREATE TABLE plan_proposal_key_results (
    workspace_id                text    NOT NULL,
    team_id                     text    NOT NULL,
    quarter                     text    NOT NULL,
    member_id                   text    NOT NULL,
    ordinal                     integer NOT NULL,
    kr_key                      text    NOT NULL,
    objective_key               text    NOT NULL,
    objective_title             text    NOT NULL,
    title                       text    NOT NULL,
    unit_kind                   text    NOT NULL,
    unit_name                   text,
    start_value                 numeric NOT NULL,
    target_value                numeric NOT NULL,
    basis                       text    NOT NULL,
    market                      text,
    carried_from_key_result_id  text,
    feed                        text,
    position                    integer NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter, member_id, ordinal),
    FOREIGN KEY (workspace_id, team_id, quarter, member_id)
        REFERENCES plan_proposals (workspace_id, team_id, quarter, member_id) ON DELETE CASCADE
);

-- The team's target for a quarter in its reporting currency.
CREATE TABLE team_plan_targets (
    workspace_id      text        NOT NULL,
    team_id           text        NOT NULL,
    quarter           text        NOT NULL,
    currency          text        NOT NULL,
    amount            numeric     NOT NULL,
    set_by_member_id  text        NOT NULL,
    set_at            timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, team_id, quarter),
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id),
    FOREIGN KEY (workspace_id, set_by_member_id) REFERENCES members (workspace_id, id)
);

-- The lessons library: the retrospective's causes (per key result), what worked and what to change, indexed for
-- full-text search. 'simple', not 'english': teams write in English, Chinese and their own languages, and English
-- stemming and stop words would mangle or drop the other languages' words; the search matches each word as a prefix
-- instead (ship finds shipping), close to what SQLite's trigram index finds. The parser takes a Chinese sentence
-- without spaces for one token, so Chinese words are matched with ILIKE on the team's answers. A partial expression
-- index: PostgreSQL keeps it with every write, and only the lessons' rows are in it; the search repeats the
-- expression and the condition so the planner can use it.
CREATE INDEX ix_review_answers_lessons ON review_answers USING gin (to_tsvector('simple'::regconfig, text))
WHERE template_id = 'quarter-retrospective' AND question_id IN ('cause', 'worked', 'change');
