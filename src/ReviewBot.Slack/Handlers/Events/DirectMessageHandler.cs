using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>
/// A person writes to the bot: the message is recorded (under its event key and its own key, since Slack may send
/// it again under another event id), acknowledged, and answered from the record, each message once.
/// </summary>
public sealed class DirectMessageHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackInboundWork inbound) : ISlackHandler<DirectMessageEvent>, ISlackFollowUp<DirectMessageEvent>
{
    public async Task<SlackAck> HandleAsync(DirectMessageEvent message, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await gate.EnabledAsync(message.TeamId, cancellationToken) is { } workspace
            && await inbound.TryRecordAsync(workspace, message, [message.EventKey, message.MessageEventKey], cancellationToken))
        {
            gate.FillProfileLater(workspace, message.User);
        }

        return new SlackAck.Empty();
    }

    public async Task FinishAsync(Workspace workspace, DirectMessageEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var turn = SlackTurns.For(workspace, message.User, message.Channel, new TextInput(message.Text));
        foreach (var reply in await engine.HandleAsync(turn, cancellationToken))
        {
            await delivery.DeliverAsync(workspace, reply, responseUrl: null, message.Channel, message.User, cancellationToken);
        }
    }
}
