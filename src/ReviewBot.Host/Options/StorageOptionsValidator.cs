using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Options;

/// <summary>Stops start-up on a storage setting that cannot work, naming the setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Storage:Provider is 'Postgres', but this build of ReviewBot stores its data in SQLite only. Remove Storage:Provider or set it to Sqlite.");
        }
        else if (!string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Storage:Provider is '{options.Provider}'; it must be Sqlite or Postgres.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add("Storage:DataFolder is empty; set it to a folder for the database file, or set ConnectionStrings:ReviewBot.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                {
                    failures.Add("ConnectionStrings:ReviewBot has no Data Source; write it like \"Data Source=/var/lib/reviewbot/reviewbot.db\".");
                }
            }
            catch (ArgumentException e)
            {
                // The message names the bad keyword, never the value, so it is safe to show.
                failures.Add($"ConnectionStrings:ReviewBot is not a SQLite connection string: {e.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
