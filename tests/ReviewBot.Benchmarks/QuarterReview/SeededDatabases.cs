using System.Collections.Concurrent;
using System.Data;
using Dapper;
using ReviewBot.Core.People;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// <see cref="LargeTeam"/> written once per engine and process, shared by every benchmark that reads it: the benchmarks
/// only read, and seeding is the slowest part of a run. Dropped when the process ends (the PostgreSQL server with it).
/// </summary>
internal static class SeededDatabases
{
    private static readonly ConcurrentDictionary<StorageProvider, Lazy<Task<(TemporaryDatabase Database, Team Team)>>> Seeded = new();

    static SeededDatabases() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var seeded in Seeded.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
            {
                seeded.Value.Result.Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        };

    public static Task<(TemporaryDatabase Database, Team Team)> ForAsync(StorageProvider provider) =>
        Seeded.GetOrAdd(provider, p => new Lazy<Task<(TemporaryDatabase, Team)>>(() => SeedAsync(p))).Value;

    private static async Task<(TemporaryDatabase, Team)> SeedAsync(StorageProvider provider)
    {
        var database = await TemporaryDatabase.MigratedAsync(provider, CancellationToken.None);
        var started = TimeProvider.System.GetTimestamp();
        var team = await LargeTeam.WriteAsync(database.Database, CancellationToken.None);
        if (provider == StorageProvider.Postgres)
        {
            // A database that grew to this size has been analyzed by autovacuum; one loaded seconds ago has no
            // statistics, so PostgreSQL plans every table as a row or two: nested loops over 65,000 check-ins, and
            // the review's figures then depended on when autovacuum happened to wake during the run.
            await using var connection = await database.Database.OpenAsync(CancellationToken.None);
            // Text, not Dapper's guess from a command without spaces, which would call a stored procedure.
            await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: CommandType.Text));
        }

        Console.WriteLine($"// Seeded {LargeTeam.MemberCount} members and their check-ins on {provider} in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
        return (database, team);
    }
}
