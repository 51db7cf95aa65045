-- A team's channel reads its quarter review and digest in one locale, the team's, whoever asked for them.
-- Teams stored before this migration read as en-US, which is what their channel posts used as a fallback.
ALTER TABLE teams ADD COLUMN locale text NOT NULL DEFAULT 'en-US';
