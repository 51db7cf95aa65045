using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Interactions;

/// <summary>
/// A button: the engine answers it within what remains of the answer budget; a form opens as a modal while the
/// trigger is good, the rest follows. A slow engine gets the acknowledgement first and its replies afterwards.
/// </summary>
public sealed class BlockActionsHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackModalOpener modals,
    SlackBackgroundWork background,
    TimeProvider time) : ISlackHandler<BlockActions>
{
    public async Task<SlackAck> HandleAsync(BlockActions press, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (await gate.EnabledAsync(press.TeamId, cancellationToken) is not { } workspace)
        {
            return new SlackAck.Empty();
        }

        gate.FillProfileLater(workspace, press.UserId);

        // App Home has no channel: what is not a modal goes to the person's direct messages.
        var channel = press.ChannelId ?? press.UserId;

        // The engine keeps going if the request ends; its replies then follow without the trigger (a form as a button).
        var work = engine.HandleAsync(SlackTurns.For(workspace, press.UserId, channel, Button(press)), CancellationToken.None);
        if (!await SlackAnswerBudget.FinishesInTimeAsync(work, deadline, time, cancellationToken))
        {
            background.Enqueue("finish a slow button", async ct =>
            {
                foreach (var reply in await work)
                {
                    await delivery.DeliverAsync(workspace, reply, press.ResponseUrl, channel, ct);
                }
            });
            return new SlackAck.Empty();
        }

        foreach (var reply in await work)
        {
            if (reply is FormReply form && press.TriggerId is not null)
            {
                // A modal that did not open has been logged; a button press has no reply of its own to say so in.
                await modals.OpenAsync(press.TriggerId, form, new ModalContext(press.ChannelId, press.MessageTs), deadline, cancellationToken);
            }
            else
            {
                background.Enqueue("answer a button", ct => delivery.DeliverAsync(workspace, reply, press.ResponseUrl, channel, ct));
            }
        }

        return new SlackAck.Empty();
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
