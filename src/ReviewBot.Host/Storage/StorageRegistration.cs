using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;
using ReviewBot.Host.Secrets;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// The database (SQLite by default, PostgreSQL with <c>Storage:Provider=Postgres</c> and
    /// <c>ConnectionStrings:ReviewBot</c>), its migrations applied at start-up, and validated storage options.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateOnStart();

        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            // The validator ran at start-up: the provider parses, and PostgreSQL has its connection string.
            var provider = options.ParsedProvider ?? StorageProvider.Sqlite;
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? Database.ForFile(Path.Combine(contentRoot, options.DataFolder, StorageOptions.DefaultFileName))
                : Database.For(provider, options.ConnectionString);
        });
        builder.Services.AddSingleton<MigrationRunner>();
        // The keys that encrypt what the database holds encrypted (Slack bot tokens) come with it.
        builder.AddReviewBotDataProtection();
        // The ports come with the database, so no host can have one without the other.
        return builder.AddReviewBotStoragePorts();
    }
}
