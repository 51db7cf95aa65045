-- A prompt or a reminder reads one member's key results and whether they checked in that week. Without these,
-- both walk the whole team's key results, which in a 10,000-member team costs milliseconds per send; with them
-- the fan-out costs the same per prompt in a big team as in a small one.
CREATE INDEX ix_key_results_owner ON key_results (workspace_id, owner_member_id);
CREATE INDEX ix_check_ins_author_week ON check_ins (workspace_id, author_member_id, quarter, week_number);
