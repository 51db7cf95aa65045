-- Shared report links: a read-only page of one team's (or one owner's) quarter review, opened by an
-- unguessable token in the link. Only the token's SHA-256 is kept, so a copy of the database opens no report.
CREATE TABLE report_links (
    token_hash        text        NOT NULL PRIMARY KEY,
    workspace_id      text        NOT NULL REFERENCES workspaces (id),
    team_id           text        NOT NULL,
    quarter           text        NOT NULL,
    person_member_id  text,
    locale            text        NOT NULL,
    created_at        timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_member_id) REFERENCES members (workspace_id, id)
);
CREATE INDEX ix_report_links_expiry ON report_links (expires_at);
