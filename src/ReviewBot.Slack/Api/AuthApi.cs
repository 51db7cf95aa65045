namespace ReviewBot.Slack.Api;

/// <summary><c>auth.*</c>.</summary>
public sealed class AuthApi
{
    private readonly SlackApiClient client;

    internal AuthApi(SlackApiClient client) => this.client = client;

    /// <summary><see href="https://api.slack.com/methods/auth.test">auth.test</see>: whose token this is; a start-up check and the bot's own ids.</summary>
    public async Task<AuthTestResponse> TestAsync(CancellationToken cancellationToken = default)
    {
        var answer = await client.PostFormAsync("auth.test", [], cancellationToken);
        return SlackJson.Read<AuthTestResponse>(answer, "auth.test");
    }
}
