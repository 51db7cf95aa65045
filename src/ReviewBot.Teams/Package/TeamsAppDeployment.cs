namespace ReviewBot.Teams.Package;

/// <summary>
/// What makes the repository's manifest this deployment's: the bot's Microsoft App ID (the host's
/// <c>Teams:AppId</c>), which Teams routes messages to, and the host name ReviewBot is reached at, for the
/// manifest's developer links and valid domains. Either may be left out when the manifest already holds it.
/// </summary>
public sealed record TeamsAppDeployment(Guid? BotAppId, string? Host)
{
    /// <summary>Nothing to write in: the manifest is packed as it is, and refused if it still holds a placeholder.</summary>
    public static TeamsAppDeployment AsInManifest { get; } = new(null, null);

    /// <summary>
    /// Reads the command line's <c>--app-id</c> and <c>--host</c>; a value that cannot be either gets a sentence
    /// saying what would work, in <paramref name="problem"/>.
    /// </summary>
    public static bool TryParse(string? appId, string? host, out TeamsAppDeployment deployment, out string? problem)
    {
        deployment = AsInManifest;
        problem = null;
        Guid? id = null;
        if (appId is not null)
        {
            if (!Guid.TryParseExact(appId.Trim(), "D", out var parsed) || parsed == Guid.Empty)
            {
                problem = $"--app-id '{appId}' is not a Microsoft App ID: it is a GUID such as 6f1c2a4e-8b3d-4c7a-9e51-2d0b7f4a9c13, from the bot's Azure registration (the host's Teams:AppId).";
                return false;
            }

            id = parsed;
        }

        string? name = null;
        if (host is not null)
        {
            name = host.Trim().TrimEnd('.').ToLowerInvariant();
            if (Uri.CheckHostName(name) != UriHostNameType.Dns || !name.Contains('.', StringComparison.Ordinal))
            {
                problem = $"--host '{host}' is not a host name: give the name alone, such as bot.your-company.com, without https:// or a path.";
                return false;
            }

            if (name == TeamsAppPackage.PlaceholderHost)
            {
                problem = $"--host {TeamsAppPackage.PlaceholderHost} is the repository's placeholder: give the host name ReviewBot is reached at.";
                return false;
            }
        }

        deployment = new TeamsAppDeployment(id, name);
        return true;
    }
}
