namespace ReviewBot.Slack.Requests;

/// <summary><c>view_submission</c>: a modal's submit, with the form's values keyed by field id.</summary>
/// <param name="Hash">Changes with every version of the view: with its id, it tells a double click from a new submission.</param>
public sealed record ViewSubmission(
    string TeamId,
    string UserId,
    string ViewId,
    string? Hash,
    string CallbackId,
    string? PrivateMetadata,
    IReadOnlyDictionary<string, string> Values) : SlackInteraction(TeamId, UserId)
{
    /// <summary>The key a second post of the same version of the view (a double click) is recognised by.</summary>
    public string EventKey => $"slack-view:{ViewId}:{Hash}";
}
