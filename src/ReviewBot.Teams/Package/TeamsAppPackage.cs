using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Package;

/// <summary>
/// Builds the app package Teams uploads: a zip with manifest.json and the two icons it names, all at the top
/// level (protocols.md §15); Teams refuses a package whose files sit in a folder.
/// Operators run it as <c>dotnet run --project src/ReviewBot.Host -- teams-package [OUT.zip] --app-id ID --host HOST</c>
/// (default <c>reviewbot-teams.zip</c>), which packs <c>manifests/teams/</c> with this deployment's bot id and host
/// written in. A package that would still hold the repository's placeholders is refused: it installs, and then
/// the bot never answers (Teams routes to the placeholder id) or its links lead to a domain nobody owns.
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>The bot id the repository's manifest holds until a deployment's Microsoft App ID replaces it.</summary>
    public const string PlaceholderBotId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The host the repository's manifest names until a deployment's own replaces it.</summary>
    public const string PlaceholderHost = "reviewbot.example.com";

    private static readonly string[] DeveloperUrls = ["websiteUrl", "privacyUrl", "termsOfUseUrl"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A fixed time on every entry, so the same manifest always gives the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Writes the package to <paramref name="zipPath"/>, replacing any file there, with <paramref name="deployment"/>'s
    /// bot id and host written into the manifest; returns the names packed. Throws
    /// <see cref="TeamsPackageRefusedException"/> when the manifest would still hold a placeholder.
    /// </summary>
    public static IReadOnlyList<string> Build(string manifestFolder, string zipPath, TeamsAppDeployment deployment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        ArgumentNullException.ThrowIfNull(deployment);

        var manifestPath = Path.Combine(manifestFolder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No {ManifestFileName} in {manifestFolder}.", manifestPath);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject
            ?? throw new InvalidDataException($"{manifestPath} is not a JSON object.");
        WriteDeployment(manifest, deployment);
        var manifestText = manifest.ToJsonString(Indented) + "\n";
        RefusePlaceholders(manifestText);
        var manifestBytes = Encoding.UTF8.GetBytes(manifestText);

        var icons = manifest["icons"] as JsonObject
            ?? throw new InvalidDataException($"{manifestPath} has no icons.");
        var names = new List<string> { ManifestFileName };
        foreach (var key in new[] { "color", "outline" })
        {
            var name = icons[key]?.GetValue<string>() ?? throw new InvalidDataException($"{manifestPath} names no {key} icon.");
            if (Path.GetFileName(name) != name)
            {
                // The manifest's paths are relative to the zip's top level, where every file must be.
                throw new InvalidDataException($"The {key} icon '{name}' must be a file name without a folder.");
            }

            if (!File.Exists(Path.Combine(manifestFolder, name)))
            {
                throw new FileNotFoundException($"The {key} icon '{name}' is not in {manifestFolder}.", Path.Combine(manifestFolder, name));
            }

            names.Add(name);
        }

        names = [.. names.Distinct(StringComparer.Ordinal)];

        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Written beside the target and moved into place, so a failure never leaves half a package to upload.
        var partial = zipPath + ".partial";
        try
        {
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                foreach (var name in names)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    using var target = entry.Open();
                    if (name == ManifestFileName)
                    {
                        target.Write(manifestBytes);
                        continue;
                    }

                    using var source = File.OpenRead(Path.Combine(manifestFolder, name));
                    source.CopyTo(target);
                }
            }

            File.Move(partial, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        return names;
    }

    private static void WriteDeployment(JsonObject manifest, TeamsAppDeployment deployment)
    {
        if (deployment.BotAppId is { } appId)
        {
            foreach (var bot in (manifest["bots"] as JsonArray ?? []).OfType<JsonObject>())
            {
                bot["botId"] = appId.ToString("D");
            }
        }

        if (deployment.Host is { } host)
        {
            if (manifest["developer"] is JsonObject developer)
            {
                foreach (var key in DeveloperUrls)
                {
                    if (developer[key]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                        && uri.Host.Equals(PlaceholderHost, StringComparison.OrdinalIgnoreCase))
                    {
                        developer[key] = url.Replace(PlaceholderHost, host, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            // The placeholder gives way to the host; domains an operator added stay.
            var domains = (manifest["validDomains"] as JsonArray ?? [])
                .Select(domain => domain?.GetValue<string>())
                .OfType<string>()
                .Select(domain => domain.Equals(PlaceholderHost, StringComparison.OrdinalIgnoreCase) ? host : domain)
                .Append(host)
                .Distinct(StringComparer.OrdinalIgnoreCase);
            manifest["validDomains"] = new JsonArray([.. domains.Select(domain => (JsonNode)domain)]);
        }
    }

    private static void RefusePlaceholders(string manifest)
    {
        var left = new List<string>();
        if (manifest.Contains(PlaceholderBotId, StringComparison.OrdinalIgnoreCase))
        {
            left.Add($"the placeholder bot id {PlaceholderBotId} (bots[].botId): pass --app-id with the bot's Microsoft App ID, the host's Teams:AppId");
        }

        if (manifest.Contains(PlaceholderHost, StringComparison.OrdinalIgnoreCase))
        {
            left.Add($"the placeholder host {PlaceholderHost} (developer URLs, validDomains): pass --host with the host name ReviewBot is reached at, e.g. bot.your-company.com");
        }

        if (left.Count > 0)
        {
            throw new TeamsPackageRefusedException(
                $"The manifest still holds {string.Join("; and ", left)}. Teams would install the app, but the bot would never answer or its links would lead nowhere.");
        }
    }
}
