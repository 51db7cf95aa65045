using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Answers one kind of payload once it is verified and parsed, whatever transport brought it. What must
/// happen before Slack's 3 seconds run out happens here; what continues afterwards is recorded first, through
/// <see cref="Inbound.SlackInboundWork"/>, and finished by the payload's <see cref="Inbound.ISlackFollowUp{TPayload}"/>.
/// </summary>
public interface ISlackHandler<in TPayload>
    where TPayload : SlackPayload
{
    /// <param name="deadline">When the request arrived: Slack's 3 seconds count from it.</param>
    Task<SlackAck> HandleAsync(TPayload payload, SlackDeadline deadline, CancellationToken cancellationToken);
}
