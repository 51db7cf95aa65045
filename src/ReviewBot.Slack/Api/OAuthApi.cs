namespace ReviewBot.Slack.Api;

/// <summary><c>oauth.v2.*</c>: turning an install's one-time code into the workspace's bot token.</summary>
/// <remarks>
/// Not in <see cref="SlackAppRequirements.ScopeByMethod"/>: the app's own credentials authorise it, not a bot scope.
/// </remarks>
public sealed class OAuthApi
{
    private readonly SlackApiClient client;

    internal OAuthApi(SlackApiClient client) => this.client = client;

    /// <summary>
    /// <see href="https://api.slack.com/methods/oauth.v2.access">oauth.v2.access</see>: the code Slack handed the
    /// callback, exchanged for the bot token of the workspace that installed the app. The answer holds a secret.
    /// </summary>
    /// <param name="redirectUri">The same redirect_uri the authorize link named; Slack refuses any other.</param>
    public async Task<OAuthAccessResponse> V2AccessAsync(
        string clientId, string clientSecret, string code, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        var answer = await client.PostFormWithoutTokenAsync(
            "oauth.v2.access",
            [
                new("client_id", clientId),
                new("client_secret", clientSecret),
                new("code", code),
                new("redirect_uri", redirectUri.ToString()),
            ],
            cancellationToken);
        return SlackJson.Read<OAuthAccessResponse>(answer, "oauth.v2.access");
    }
}
