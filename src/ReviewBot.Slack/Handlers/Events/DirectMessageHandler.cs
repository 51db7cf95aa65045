using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>A person writes to the bot: acknowledged at once, answered in the background, each message once.</summary>
public sealed class DirectMessageHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackWorkspaces workspaces,
    SlackReplyDelivery delivery,
    SlackBackgroundWork background) : ISlackHandler<DirectMessageEvent>
{
    public async Task<SlackAck> HandleAsync(DirectMessageEvent message, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await gate.RecordFirstDeliveryAsync(message, cancellationToken) is not { Enabled: true } workspace
            || !await workspaces.RecordFirstDeliveryAsync(workspace.Id, message.MessageKey, cancellationToken))
        {
            return new SlackAck.Empty();
        }

        gate.FillProfileLater(workspace, message.User);
        background.Enqueue("answer a direct message", async ct =>
        {
            try
            {
                var turn = SlackTurns.For(workspace, message.User, message.Channel, new TextInput(message.Text));
                foreach (var reply in await engine.HandleAsync(turn, ct))
                {
                    await delivery.DeliverAsync(workspace, reply, responseUrl: null, message.Channel, ct);
                }
            }
            catch
            {
                // Not answered after all: Slack's retry of this event should be.
                await workspaces.ForgetDeliveryAsync(workspace.Id, message.DeliveryKey, CancellationToken.None);
                await workspaces.ForgetDeliveryAsync(workspace.Id, message.MessageKey, CancellationToken.None);
                throw;
            }
        });
        return new SlackAck.Empty();
    }
}
