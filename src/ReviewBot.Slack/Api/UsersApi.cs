namespace ReviewBot.Slack.Api;

/// <summary><c>users.*</c>.</summary>
public sealed class UsersApi
{
    private readonly SlackApiClient client;

    internal UsersApi(SlackApiClient client) => this.client = client;

    /// <summary>
    /// <see href="https://api.slack.com/methods/users.info">users.info</see> with <c>include_locale=true</c>, so the
    /// bot can prompt in the member's time zone and language. Sent as a form: users.info does not read JSON bodies.
    /// </summary>
    public async Task<SlackUser> InfoAsync(string userId, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostFormAsync(
            "users.info",
            [new("user", userId), new("include_locale", "true")],
            cancellationToken);
        return SlackJson.Read<SlackUser>(answer, "users.info", "user");
    }
}
