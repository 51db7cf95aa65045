using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Package;

/// <summary>
/// Builds the app package Teams uploads: a zip with manifest.json and the two icons it names, all at the top
/// level (protocols.md §15); Teams refuses a package whose files sit in a folder.
/// Operators run it as <c>dotnet run --project src/ReviewBot.Host -- teams-package [OUT.zip]</c>
/// (default <c>reviewbot-teams.zip</c>), which packs <c>manifests/teams/</c>.
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>A fixed time on every entry, so the same manifest always gives the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the package to <paramref name="zipPath"/>, replacing any file there; returns the names packed.</summary>
    public static IReadOnlyList<string> Build(string manifestFolder, string zipPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);

        var manifestPath = Path.Combine(manifestFolder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No {ManifestFileName} in {manifestFolder}.", manifestPath);
        }

        var icons = JsonNode.Parse(File.ReadAllText(manifestPath))?["icons"] as JsonObject
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
}
