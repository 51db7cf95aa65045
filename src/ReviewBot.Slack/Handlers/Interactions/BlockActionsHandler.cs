using ReviewBot.Core;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Interactions;

/// <summary>
/// A button: the engine answers it within what remains of the answer budget; a form opens as a modal while the
/// trigger is good, the rest follows. A slow engine gets the acknowledgement first and its replies afterwards;
/// whatever follows the acknowledgement is held as inbound work, so a host that stops meanwhile leaves it to another.
/// </summary>
public sealed class BlockActionsHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackModalOpener modals,
    SlackInboundWork inbound,
    SlackReaders readers,
    TimeProvider time) : ISlackHandler<BlockActions>, ISlackFollowUp<BlockActions>
{
    public async Task<SlackAck> HandleAsync(BlockActions press, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (await gate.EnabledAsync(press.TeamId, cancellationToken) is not { } workspace)
        {
            return new SlackAck.Empty();
        }

        gate.FillProfileLater(workspace, press.UserId);

        // Slack does not retry an interaction, so a press has no key of its own to recognise it by; its held work
        // is kept under its trigger id, or a fresh id when it has none.
        var workKey = $"slack-action:{press.TriggerId ?? Ids.New()}";

        // The engine keeps going if the request ends; its replies then follow without the trigger (a form as a button).
        var work = engine.HandleAsync(Turn(workspace, press), CancellationToken.None);
        if (!await SlackAnswerBudget.FinishesInTimeAsync(work, deadline, time, cancellationToken))
        {
            await inbound.HoldAsync(workspace, workKey, press, cancellationToken);
            inbound.ContinueHere(workspace, workKey, "finish a slow button", async c => await DeliverLateAsync(workspace, press, await work, c));
            return new SlackAck.Empty();
        }

        var later = new List<Reply>();
        foreach (var reply in await work)
        {
            // A form too long for a modal follows as a message saying so, with its text dialog's button.
            if (reply is FormReply form && press.TriggerId is not null && BlockKitRenderer.FitsModal(form))
            {
                // A modal that did not open has been logged; a button press has no reply of its own to say so in. A press
                // without a message (an ephemeral one, a command's answer) keeps its response_url for the confirmation.
                await modals.OpenAsync(workspace, press.TriggerId, form, new ModalContext(press.ChannelId, press.MessageTs, press.MessageTs is null ? press.ResponseUrl?.ToString() : null), await readers.OfMemberAsync(workspace, press.UserId, cancellationToken), deadline, cancellationToken);
            }
            else
            {
                later.Add(reply);
            }
        }

        if (later.Count > 0)
        {
            await inbound.HoldAsync(workspace, workKey, press, cancellationToken);
            inbound.ContinueHere(workspace, workKey, "answer a button", c => DeliverLateAsync(workspace, press, later, c));
        }

        return new SlackAck.Empty();
    }

    /// <summary>The press run again from its record by a host that found it unfinished: every reply follows without the trigger.</summary>
    public async Task FinishAsync(Workspace workspace, BlockActions press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        await DeliverLateAsync(workspace, press, await engine.HandleAsync(Turn(workspace, press), cancellationToken), cancellationToken);
    }

    private async Task DeliverLateAsync(Workspace workspace, BlockActions press, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await delivery.DeliverAsync(workspace, reply, press.ResponseUrl, Channel(press), press.UserId, cancellationToken);
        }
    }

    // App Home has no channel: what is not a modal goes to the person's direct messages.
    private static string Channel(BlockActions press) => press.ChannelId ?? press.UserId;

    private static Turn Turn(Workspace workspace, BlockActions press) => SlackTurns.For(workspace, press.UserId, Channel(press), Button(press));

    /// <summary>An action id "name|argument" carries its argument when the button has no value of its own.</summary>
    private static ButtonPress Button(BlockActions press)
    {
        var separator = press.ActionId.IndexOf('|', StringComparison.Ordinal);
        return separator < 0
            ? new ButtonPress(press.ActionId, press.Value)
            : new ButtonPress(press.ActionId[..separator], press.Value ?? press.ActionId[(separator + 1)..]);
    }
}
