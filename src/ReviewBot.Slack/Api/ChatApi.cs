using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

/// <summary><c>chat.*</c>: messages in channels and DMs. Always pass <c>text</c>: it is the notification and screen-reader fallback for blocks.</summary>
public sealed class ChatApi
{
    private readonly SlackApiClient client;

    internal ChatApi(SlackApiClient client) => this.client = client;

    /// <summary><see href="https://api.slack.com/methods/chat.postMessage">chat.postMessage</see>.</summary>
    /// <param name="metadata">Kept with the message for the bot to read back (conversations.history); people do not see it.</param>
    public async Task<PostMessageResponse> PostMessageAsync(
        string channel, string text, JsonArray? blocks = null, string? threadTs = null, SlackMessageMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("chat.postMessage", new PostMessageRequest(channel, text, blocks, threadTs, metadata), cancellationToken);
        return SlackJson.Read<PostMessageResponse>(answer, "chat.postMessage");
    }

    /// <summary><see href="https://api.slack.com/methods/chat.update">chat.update</see>: finishes work acknowledged within Slack's 3 seconds.</summary>
    public async Task<UpdateMessageResponse> UpdateAsync(
        string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("chat.update", new UpdateMessageRequest(channel, ts, text, blocks), cancellationToken);
        return SlackJson.Read<UpdateMessageResponse>(answer, "chat.update");
    }

    /// <summary><see href="https://api.slack.com/methods/chat.postEphemeral">chat.postEphemeral</see>: seen by <paramref name="user"/> only.</summary>
    public async Task<PostEphemeralResponse> PostEphemeralAsync(
        string channel, string user, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("chat.postEphemeral", new PostEphemeralRequest(channel, user, text, blocks), cancellationToken);
        return SlackJson.Read<PostEphemeralResponse>(answer, "chat.postEphemeral");
    }
}
