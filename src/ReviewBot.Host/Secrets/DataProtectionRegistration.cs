using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Secrets;

public static class DataProtectionRegistration
{
    /// <summary>Names every host's keys alike, so hosts that share a key folder read each other's ciphertext.</summary>
    public const string ApplicationName = "ReviewBot";

    /// <summary>
    /// ASP.NET Core Data Protection, which encrypts the Slack bot tokens installed through OAuth and signs install
    /// links' states. Its keys live in <c>DataProtection:KeyFolder</c> (relative to the content root), by default the
    /// <c>keys</c> folder in <c>Storage:DataFolder</c>. Losing the folder loses the stored tokens (the workspaces
    /// install again); hosts sharing one database must share the folder too.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotDataProtection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        // Read when the keys are first needed, after every configuration source (tests' included) is in.
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IConfiguration, IOptions<StorageOptions>, ILoggerFactory>((keys, configuration, storage, loggers) =>
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeyFolder(contentRoot, configuration, storage.Value)), loggers));
        return builder;
    }

    public static string KeyFolder(string contentRoot, IConfiguration configuration, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(storage);
        var configured = configuration["DataProtection:KeyFolder"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(contentRoot, storage.DataFolder, "keys")
            : Path.Combine(contentRoot, configured));
    }
}
