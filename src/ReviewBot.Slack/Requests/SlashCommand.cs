using Microsoft.AspNetCore.Http;

namespace ReviewBot.Slack.Requests;

/// <summary>A slash command as Slack posts it (form-encoded). Only the fields the bot uses.</summary>
public sealed record SlashCommand(string TeamId, string UserId, string ChannelId, string Command, string Text, Uri ResponseUrl, string TriggerId) : SlackPayload
{
    /// <summary>
    /// The key a replayed command is recognised by: Slack makes a trigger id for each invocation, so a second
    /// post of the same signed request (a replay inside the signature window, or a duplicate delivery) repeats it.
    /// </summary>
    public string EventKey => $"slack-command:{TriggerId}";

    /// <summary>Null when a field the bot needs is missing or malformed (a response_url must be https; plain http only on loopback, for local fakes).</summary>
    public static SlashCommand? From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        var teamId = Field("team_id");
        var userId = Field("user_id");
        var channelId = Field("channel_id");
        var command = Field("command");
        var responseUrl = Field("response_url");
        var triggerId = Field("trigger_id");
        if (teamId is null || userId is null || channelId is null || command is null || triggerId is null || SlackResponseUrl.TryRead(responseUrl) is not { } url)
        {
            return null;
        }

        return new SlashCommand(teamId, userId, channelId, command, form.TryGetValue("text", out var text) ? text.ToString() : "", url, triggerId);
    }
}
