using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using ReviewBot.Storage;

namespace ReviewBot.Host.Options;

/// <summary>Stops start-up on a storage setting that cannot work, naming the setting (never a connection string's value).</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        switch (options.ParsedProvider)
        {
            case StorageProvider.Sqlite:
                ValidateSqlite(options, failures);
                break;
            case StorageProvider.Postgres:
                ValidatePostgres(options, failures);
                break;
            default:
                failures.Add($"Storage:Provider is '{options.Provider}'; it must be Sqlite or Postgres.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(StorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (string.IsNullOrWhiteSpace(options.DataFolder))
            {
                failures.Add($"Storage:DataFolder is empty; set it to a folder for the database file, or set {StorageOptions.ConnectionStringSetting}.");
            }

            return;
        }

        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                failures.Add($"{StorageOptions.ConnectionStringSetting} has no Data Source; write it like \"Data Source=/var/lib/reviewbot/reviewbot.db\".");
            }
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword, never the value, so it is safe to show.
            failures.Add($"{StorageOptions.ConnectionStringSetting} is not a SQLite connection string: {e.Message}");
        }
    }

    private static void ValidatePostgres(StorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"Storage:Provider is 'Postgres', so {StorageOptions.ConnectionStringSetting} must name the server; write it like \"Host=db.example.com;Database=reviewbot;Username=reviewbot;Password=…\".");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                failures.Add($"{StorageOptions.ConnectionStringSetting} has no Host; write it like \"Host=db.example.com;Database=reviewbot;Username=reviewbot;Password=…\".");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Npgsql's message may quote the value, and the value may be a password: name the setting only.
            failures.Add($"{StorageOptions.ConnectionStringSetting} is not a PostgreSQL connection string (Npgsql could not read one of its keywords or values).");
        }
    }
}
