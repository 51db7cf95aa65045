-- The directory's version: workspaces, teams with their settings (exchange rates, holidays, summary channels)
-- and members. Hosts keep what they read of the directory in memory and read this one row first on each use:
-- a changed version means somebody (the import verb, another host, this one) wrote the directory, and what
-- was kept is read again. Triggers bump it in the same transaction as the write, so no writer can forget to,
-- and a reader never sees the new version before the rows it stands for.
CREATE TABLE directory_version (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);
CREATE TRIGGER workspaces_insert_bumps_directory_version AFTER INSERT ON workspaces
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER workspaces_update_bumps_directory_version AFTER UPDATE ON workspaces
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER workspaces_delete_bumps_directory_version AFTER DELETE ON workspaces
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER teams_insert_bumps_directory_version AFTER INSERT ON teams
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER teams_update_bumps_directory_version AFTER UPDATE ON teams
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER teams_delete_bumps_directory_version AFTER DELETE ON teams
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER members_insert_bumps_directory_version AFTER INSERT ON members
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER members_update_bumps_directory_version AFTER UPDATE ON members
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER members_delete_bumps_directory_version AFTER DELETE ON members
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER exchange_rates_insert_bumps_directory_version AFTER INSERT ON exchange_rates
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER exchange_rates_update_bumps_directory_version AFTER UPDATE ON exchange_rates
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER exchange_rates_delete_bumps_directory_version AFTER DELETE ON exchange_rates
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER holidays_insert_bumps_directory_version AFTER INSERT ON holidays
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER holidays_update_bumps_directory_version AFTER UPDATE ON holidays
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER holidays_delete_bumps_directory_version AFTER DELETE ON holidays
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER summary_channels_insert_bumps_directory_version AFTER INSERT ON summary_channels
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER summary_channels_update_bumps_directory_version AFTER UPDATE ON summary_channels
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER summary_channels_delete_bumps_directory_version AFTER DELETE ON summary_channels
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
