namespace ReviewBot.Slack.Requests;

/// <summary>An event from an <c>event_callback</c>: its workspace and the id Slack keeps across its retries.</summary>
public abstract record SlackEventPayload(string TeamId, string EventId) : SlackPayload
{
    /// <summary>The event key a retried event is recognised by.</summary>
    public string EventKey => $"slack-event:{EventId}";
}
