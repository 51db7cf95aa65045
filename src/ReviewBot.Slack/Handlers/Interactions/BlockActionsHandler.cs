using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Interactions;

/// <summary>A button: the engine answers it at once; a form opens as a modal while the trigger is good, the rest follows.</summary>
public sealed class BlockActionsHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackModalOpener modals,
    SlackBackgroundWork background) : ISlackHandler<BlockActions>
{
    public async Task<SlackAck> HandleAsync(BlockActions press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (await gate.EnabledForAsync(press.TeamId, press.UserId, cancellationToken) is not { } workspace)
        {
            return SlackAck.Empty;
        }

        var channel = press.ChannelId;
        var replies = await engine.HandleAsync(SlackTurns.For(workspace, press.UserId, channel ?? press.UserId, Button(press)), cancellationToken);
        foreach (var reply in replies)
        {
            if (reply is FormReply form && press.TriggerId is not null)
            {
                // A modal that did not open has been logged; a button press has no reply of its own to say so in.
                await modals.OpenAsync(press.TriggerId, form, new ModalContext(channel, press.MessageTs), cancellationToken);
            }
            else
            {
                background.Enqueue("answer a button", ct => delivery.DeliverAsync(workspace, reply, press.ResponseUrl, channel, ct));
            }
        }

        return SlackAck.Empty;
    }

    /// <summary>An action id "name|argument" carries its argument when the button has no value of its own.</summary>
    private static ButtonPress Button(BlockActions press)
    {
        var separator = press.ActionId.IndexOf('|', StringComparison.Ordinal);
        return separator < 0
            ? new ButtonPress(press.ActionId, press.Value)
            : new ButtonPress(press.ActionId[..separator], press.Value ?? press.ActionId[(separator + 1)..]);
    }
}
