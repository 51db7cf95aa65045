-- Members whose time zone and locale come from their chat profile (Slack users.info) rather than the OKR file.
ALTER TABLE members ADD COLUMN profile_from_chat boolean NOT NULL DEFAULT FALSE;
