using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Answers one kind of payload once it is verified and parsed, whatever transport brought it. What must
/// happen before Slack's 3 seconds run out happens here; the rest goes to <see cref="SlackBackgroundWork"/>.
/// </summary>
public interface ISlackHandler<in TPayload>
    where TPayload : SlackPayload
{
    Task<SlackAck> HandleAsync(TPayload payload, CancellationToken cancellationToken);
}
