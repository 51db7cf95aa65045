using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

/// <summary><c>views.*</c>: modals and the App Home tab. Views are Block Kit JSON from the renderer.</summary>
public sealed class ViewsApi
{
    private readonly SlackApiClient client;

    internal ViewsApi(SlackApiClient client) => this.client = client;

    /// <summary>
    /// <see href="https://api.slack.com/methods/views.open">views.open</see>. The trigger id dies 3 seconds after
    /// the click and works once, so call this before any slow work.
    /// </summary>
    public async Task<SlackView> OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("views.open", new ViewsOpenRequest(triggerId, view), cancellationToken);
        return SlackJson.Read<SlackView>(answer, "views.open", "view");
    }

    /// <summary>
    /// <see href="https://api.slack.com/methods/views.update">views.update</see>. Pass the <paramref name="hash"/> from
    /// the last answer so an older update cannot overwrite a newer one (Slack then answers <c>hash_conflict</c>).
    /// </summary>
    public async Task<SlackView> UpdateAsync(string viewId, JsonObject view, string? hash = null, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("views.update", new ViewsUpdateRequest(viewId, view, hash), cancellationToken);
        return SlackJson.Read<SlackView>(answer, "views.update", "view");
    }

    /// <summary><see href="https://api.slack.com/methods/views.publish">views.publish</see>: the user's App Home (<c>{"type":"home"}</c>).</summary>
    public async Task<SlackView> PublishAsync(string userId, JsonObject view, string? hash = null, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostJsonAsync("views.publish", new ViewsPublishRequest(userId, view, hash), cancellationToken);
        return SlackJson.Read<SlackView>(answer, "views.publish", "view");
    }
}
