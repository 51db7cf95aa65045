-- The directory's version: workspaces, teams with their settings (exchange rates, holidays, summary channels)
-- and members. Hosts keep what they read of the directory in memory and read this one row first on each use:
-- a changed version means somebody (the import verb, another host, this one) wrote the directory, and what
-- was kept is read again. Triggers bump it in the same transaction as the write, so no writer can forget to,
-- and a reader never sees the new version before the rows it stands for.
CREATE TABLE directory_version (
    id       integer NOT NULL PRIMARY KEY CHECK (id = 1),
    version  bigint  NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);

-- BEFORE and once per statement: the version row is locked before the statement locks any directory row, so
-- two directory writers always take their locks in the same order and cannot deadlock over them.
CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER workspaces_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER teams_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER members_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON members
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER exchange_rates_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON exchange_rates
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER holidays_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON holidays
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER summary_channels_bumps_directory_version BEFORE INSERT OR UPDATE OR DELETE ON summary_channels
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
