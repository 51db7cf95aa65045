using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ReviewBot.Storage.Caching;

/// <summary>
/// Reads the directory's version (migration 0013), which triggers bump with every write to the directory's
/// tables. It is read on every use of the directory cache, so it must cost next to nothing: on SQLite a few
/// connections of its own keep the statement prepared (Microsoft.Data.Sqlite prepares every new command anew,
/// and its pool hands out connections, not statements), and each read only steps one of them; on PostgreSQL it
/// is one primary-key read on a pooled connection. The SQLite readers live as long as the <see cref="Database"/>,
/// which lives as long as the host.
/// </summary>
internal sealed class DirectoryVersion(Database database)
{
    private const string Sql = "SELECT version FROM directory_version WHERE id = 1";

    /// <summary>Readers kept for the next read; one per request in flight at most, so concurrent reads never queue for one.</summary>
    private readonly ConcurrentBag<SqliteCommand> _idle = [];

    /// <summary>How many readers are kept at most: more would only hold connections a burst opened.</summary>
    private readonly int _maxIdle = Environment.ProcessorCount * 4;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != StorageProvider.Sqlite)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
        }

        // SQLite runs in this process: stepping a prepared statement is microseconds of CPU with nothing to wait for.
        var reader = _idle.TryTake(out var idle) ? idle : await NewReaderAsync(cancellationToken);
        long version;
        try
        {
            version = (long)(reader.ExecuteScalar() ?? throw new InvalidOperationException("The directory_version row is missing; the database is not migrated."));
        }
        catch
        {
            // A reader that failed is not kept: the next read opens a new one.
            Drop(reader);
            throw;
        }

        if (_idle.Count < _maxIdle)
        {
            _idle.Add(reader);
        }
        else
        {
            Drop(reader);
        }

        return version;
    }

    private async Task<SqliteCommand> NewReaderAsync(CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)await database.OpenAsync(cancellationToken);
        try
        {
            var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Prepare();
            return command;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void Drop(SqliteCommand reader)
    {
        var connection = reader.Connection;
        reader.Dispose();
        connection?.Dispose();
    }
}
