namespace ReviewBot.Slack.Api;

/// <summary><c>apps.*</c>: called with the app-level token (<see cref="SlackApiClient.WithAccessToken"/>), not the bot's.</summary>
public sealed class AppsApi
{
    private readonly SlackApiClient client;

    internal AppsApi(SlackApiClient client) => this.client = client;

    /// <summary>
    /// <see href="https://api.slack.com/methods/apps.connections.open">apps.connections.open</see>: a fresh WebSocket URL for
    /// one Socket Mode connection. The URL carries a single-use ticket, so it is a credential: never logged.
    /// </summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var answer = await client.PostFormAsync("apps.connections.open", [], cancellationToken);
        var url = SlackJson.Read<Uri>(answer, "apps.connections.open", "url");
        return url is { IsAbsoluteUri: true, Scheme: "wss" or "ws" }
            ? url
            : throw SlackApiException.InvalidResponse("apps.connections.open", "the url is not a WebSocket URL", answered: true);
    }
}
