using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>
    /// One page of <see href="https://api.slack.com/methods/conversations.history">conversations.history</see>:
    /// the messages after <paramref name="oldest"/>, newest first, with their metadata when
    /// <paramref name="includeAllMetadata"/>. Pass the previous page's <see cref="SlackHistoryPage.NextCursor"/> for the next.
    /// </summary>
    public async Task<SlackHistoryPage> HistoryAsync(
        string channel, DateTimeOffset? oldest = null, string? cursor = null, int limit = 200, bool includeAllMetadata = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var arguments = new List<KeyValuePair<string, string>>
        {
            new("channel", channel),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)),
        };
        if (oldest is { } from)
        {
            // A ts is seconds and microseconds since the epoch.
            arguments.Add(new("oldest", (from.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(cursor))
        {
            arguments.Add(new("cursor", cursor));
        }

        if (includeAllMetadata)
        {
            arguments.Add(new("include_all_metadata", "true"));
        }

        var answer = await client.PostFormAsync("conversations.history", arguments, cancellationToken);
        var messages = SlackJson.Read<List<SlackHistoryMessage>>(answer, "conversations.history", "messages");
        var next = answer["response_metadata"]?["next_cursor"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
        return new SlackHistoryPage(messages, string.IsNullOrEmpty(next) ? null : next);
    }
}
