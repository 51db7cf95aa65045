using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Inbound;

/// <summary>
/// The part of a payload's work that continues after Slack has its acknowledgement, from the payload alone: what
/// <see cref="SlackInboundWorker"/> runs from a stored row, whichever host recorded it.
/// </summary>
public interface ISlackFollowUp<in TPayload>
    where TPayload : SlackPayload
{
    Task FinishAsync(Workspace workspace, TPayload payload, CancellationToken cancellationToken);
}
