using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Storage;

/// <summary>Brings the schema up to date before the host serves anything; a failure stops start-up.</summary>
public sealed partial class DatabaseMigrator(Database database, MigrationRunner migrations, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await migrations.MigrateAsync(cancellationToken);
            LogReady(logger, database.Provider, database.DataSource, MigrationRunner.LatestVersion, applied.Count);
        }
        catch (DatabaseTooNewException e)
        {
            LogTooNew(logger, e.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Provider} database {DataSource} is at schema version {SchemaVersion} ({AppliedCount} migrations applied now)")]
    private static partial void LogReady(ILogger logger, StorageProvider provider, string dataSource, int schemaVersion, int appliedCount);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private static partial void LogTooNew(ILogger logger, string reason);
}
