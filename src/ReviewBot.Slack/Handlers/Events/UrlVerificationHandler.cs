using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>Slack checks the Events API URL by sending a challenge the app must echo.</summary>
public sealed class UrlVerificationHandler : ISlackHandler<UrlVerification>
{
    public Task<SlackAck> HandleAsync(UrlVerification payload, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Task.FromResult<SlackAck>(new SlackAck.Challenge(payload.Challenge));
    }
}
