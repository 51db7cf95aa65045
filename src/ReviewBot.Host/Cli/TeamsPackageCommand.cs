using System.CommandLine;
using ReviewBot.Teams.Package;

namespace ReviewBot.Host.Cli;

/// <summary>
/// <c>teams-package [OUT.zip] [--app-id ID] [--host HOST] [--manifest FOLDER]</c>: the Teams app package to upload
/// (manifest.json and its two icons at the top level of a zip), built from manifests/teams with this deployment's
/// bot id and host written in, and refused while it would still hold the repository's placeholders.
/// </summary>
internal static class TeamsPackageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var zip = new Argument<FileInfo>("out") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("reviewbot-teams.zip") };
        var manifest = new Option<DirectoryInfo?>("--manifest") { Description = "The folder holding manifest.json and its icons (default: manifests/teams in the repository)." };
        var appId = new Option<string?>("--app-id") { Description = "The bot's Microsoft App ID (the host's Teams:AppId), written as the manifest's bot id." };
        var host = new Option<string?>("--host") { Description = "The host name ReviewBot is reached at (e.g. bot.your-company.com), written into the manifest's links and valid domains." };
        var command = new Command("teams-package", "Build the Teams app package (zip) to upload in Teams or the Developer Portal.") { zip, appId, host, manifest };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TeamsAppDeployment.TryParse(parseResult.GetValue(appId), parseResult.GetValue(host), out var deployment, out var problem))
            {
                await error.WriteLineAsync(problem);
                return 2;
            }

            var folder = parseResult.GetValue(manifest)?.FullName ?? FindManifestFolder();
            if (folder is null || !File.Exists(Path.Combine(folder, "manifest.json")))
            {
                await error.WriteLineAsync("No manifest.json found; pass --manifest with the folder that holds it (manifests/teams in the repository).");
                return 2;
            }

            var target = CallersPath.Resolve(parseResult.GetRequiredValue(zip));
            try
            {
                var entries = TeamsAppPackage.Build(folder, target.FullName, deployment);
                await output.WriteLineAsync($"Wrote {target.FullName} with {string.Join(", ", entries)}. Upload it in Teams (Apps → Manage your apps → Upload an app).");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
            {
                await error.WriteLineAsync($"The package was not built: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>manifests/teams above the current folder (or the caller's, under dotnet run).</summary>
    private static string? FindManifestFolder()
    {
        foreach (var start in new[] { Environment.GetEnvironmentVariable("PWD"), Environment.CurrentDirectory, AppContext.BaseDirectory }.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "manifests", "teams");
                if (File.Exists(Path.Combine(candidate, "manifest.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
