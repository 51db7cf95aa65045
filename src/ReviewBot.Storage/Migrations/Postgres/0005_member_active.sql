-- Members no longer in the team's OKR file keep their history but lose their access.
ALTER TABLE members ADD COLUMN active boolean NOT NULL DEFAULT TRUE;
