using System.Collections.Frozen;

namespace ReviewBot.Host.Playground;

/// <summary>
/// The page's HTML, CSS and script, embedded in the host: no front-end build step, nothing to deploy
/// beside the binary, and the page is served only when the playground is on.
/// </summary>
internal static class PlaygroundAssets
{
    private const string Prefix = "ReviewBot.Host.Playground.";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Files = Load();

    public static bool TryGet(string name, out byte[] content, out string contentType)
    {
        var found = Files.TryGetValue(name, out var file);
        (content, contentType) = found ? file : ([], "");
        return found;
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(PlaygroundAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource[Prefix.Length..];
            files[name] = (memory.ToArray(), Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".ico" => "image/x-icon",
                _ => "application/octet-stream",
            });
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
