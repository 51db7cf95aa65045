namespace ReviewBot.Slack.Api;

/// <summary><c>conversations.*</c>.</summary>
public sealed class ConversationsApi
{
    private readonly SlackApiClient client;

    internal ConversationsApi(SlackApiClient client) => this.client = client;

    /// <summary>
    /// <see href="https://api.slack.com/methods/conversations.open">conversations.open</see>: the DM (one user) or
    /// group DM (2–8 users) with the bot. Idempotent, so it is safe to call before every prompt.
    /// </summary>
    /// <returns>The conversation's channel id (D… or G…).</returns>
    public async Task<string> OpenAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count is < 1 or > 8)
        {
            throw new ArgumentException("conversations.open takes 1 to 8 user ids.", nameof(userIds));
        }

        var answer = await client.PostJsonAsync("conversations.open", new ConversationsOpenRequest(string.Join(',', userIds)), cancellationToken);
        return SlackJson.Read<SlackChannelRef>(answer, "conversations.open", "channel").Id;
    }
}
