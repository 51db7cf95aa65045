-- Members no longer in the team's OKR file keep their history but lose their access.
ALTER TABLE members ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
