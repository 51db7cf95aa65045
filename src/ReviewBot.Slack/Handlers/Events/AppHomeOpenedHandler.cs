using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>Opening the app's Home tab publishes the person's key results there (what <c>/review me</c> shows), from the recorded event.</summary>
public sealed class AppHomeOpenedHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackResponder responder,
    SlackInboundWork inbound,
    SlackReaders readers) : ISlackHandler<AppHomeOpenedEvent>, ISlackFollowUp<AppHomeOpenedEvent>
{
    public async Task<SlackAck> HandleAsync(AppHomeOpenedEvent opened, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (await gate.EnabledAsync(opened.TeamId, cancellationToken) is { } workspace)
        {
            await inbound.TryRecordAsync(workspace, opened, [opened.EventKey], cancellationToken);
        }

        return new SlackAck.Empty();
    }

    public async Task FinishAsync(Workspace workspace, AppHomeOpenedEvent opened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var replies = await engine.HandleAsync(SlackTurns.For(workspace, opened.User, opened.User, new CommandInput("review me")), cancellationToken);
        if (replies.OfType<MessageReply>().FirstOrDefault() is { } home)
        {
            await responder.PublishHomeAsync(workspace, opened.User, home, await readers.OfMemberAsync(workspace, opened.User, cancellationToken), cancellationToken);
        }
    }
}
