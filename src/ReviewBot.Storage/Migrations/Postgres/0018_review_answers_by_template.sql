-- The scheduler asks, on every tick of the weeks a retrospective is open and for every team, when each member first
-- recorded an answer of the quarter's retrospective. ix_review_answers_author (workspace, quarter, author) finds the
-- quarter's answers, but of every template: each weekly check-in and stream answer would be read from the table only
-- to be dropped by its template. This one leads with the template and holds the author and instant too, so the
-- first-answer-per-member GROUP BY reads only the retrospective's index entries, never the table; the lessons
-- library's latest-retrospective-per-author subquery is answered from it the same way.
CREATE INDEX ix_review_answers_template ON review_answers (workspace_id, quarter, template_id, author_member_id, recorded_at);
