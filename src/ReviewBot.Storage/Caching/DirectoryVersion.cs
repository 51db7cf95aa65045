using Dapper;
using Microsoft.Data.Sqlite;

namespace ReviewBot.Storage.Caching;

/// <summary>
/// Reads the directory's version (migration 0013), which triggers bump with every write to the directory's
/// tables. It is read on every use of the directory cache, so it must cost next to nothing: on SQLite one
/// connection of its own keeps the statement prepared (Microsoft.Data.Sqlite prepares every new command anew,
/// and its pool hands out connections, not statements), and each read only steps it; on PostgreSQL it is one
/// primary-key read on a pooled connection. The SQLite connection lives as long as the <see cref="Database"/>, which
/// lives as long as the host.
/// </summary>
internal sealed class DirectoryVersion(Database database)
{
    private const string Sql = "SELECT version FROM directory_version WHERE id = 1";

    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != StorageProvider.Sqlite)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
        }

        // SQLite runs in this process: the read is microseconds of CPU, with nothing to wait for but the gate.
        lock (_gate)
        {
            try
            {
                return (long)(Command().ExecuteScalar() ?? throw new InvalidOperationException("The directory_version row is missing; the database is not migrated."));
            }
            catch
            {
                // A broken connection is not kept: the next read opens a new one.
                DropConnection();
                throw;
            }
        }
    }

    private SqliteCommand Command()
    {
        if (_command is not null)
        {
            return _command;
        }

        var connection = (SqliteConnection)database.Dialect.CreateConnection(database.ConnectionString);
        connection.Open();
        database.Dialect.PrepareAsync(connection, CancellationToken.None).GetAwaiter().GetResult();
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Prepare();
        (_connection, _command) = (connection, command);
        return command;
    }

    private void DropConnection()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
