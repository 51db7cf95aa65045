using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Interactions;

/// <summary>
/// A modal's submit: errors go back beside their fields, another form replaces the modal, and a saved
/// submission closes it while its confirmation is posted (or replaces the prompt it came from) afterwards, held as
/// inbound work so a host that stops meanwhile leaves the confirmation to another.
/// </summary>
public sealed class ViewSubmissionHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackResponder responder,
    SlackInboundWork inbound,
    SlackReaders readers) : ISlackHandler<ViewSubmission>, ISlackFollowUp<ViewSubmission>
{
    public async Task<SlackAck> HandleAsync(ViewSubmission submission, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await gate.EnabledAsync(submission.TeamId, cancellationToken) is not { } workspace)
        {
            return new SlackAck.Empty();
        }

        gate.FillProfileLater(workspace, submission.UserId);

        var origin = ModalContext.Parse(submission.PrivateMetadata);
        IReadOnlyList<Reply> replies = await engine.HandleAsync(Turn(workspace, submission, origin), cancellationToken);

        var form = replies.OfType<FormReply>().FirstOrDefault();
        if (form is not null && form.FormId == submission.CallbackId && form.HasErrors)
        {
            return new SlackAck.ViewErrors(FieldErrors(form));
        }

        if (form is not null && !BlockKitRenderer.FitsModal(form))
        {
            // Another form, too long for any modal: the modal closes and a message says so, with its text dialog's button.
            var reader = await readers.OfMemberAsync(workspace, submission.UserId, cancellationToken);
            replies = [.. replies.Where(r => !ReferenceEquals(r, form)), SlackResponder.FormAsButton(form, reader)];
            form = null;
        }

        if (form is not null)
        {
            // Another form than the one submitted (this week's instead of a closed one): the modal shows it, with why.
            var note = replies.OfType<MessageReply>().FirstOrDefault()?.Headline;
            var culture = await readers.OfMemberAsync(workspace, submission.UserId, cancellationToken);
            return new SlackAck.ViewUpdate(BlockKitRenderer.Modal(note is null ? form : form with { Error = note }, origin.ToJson(), culture));
        }

        var confirmations = replies.OfType<MessageReply>().ToList();
        if (confirmations.Count > 0)
        {
            await inbound.HoldAsync(workspace, submission.EventKey, submission, cancellationToken);
            inbound.ContinueHere(workspace, submission.EventKey, "confirm a submission", async ct =>
            {
                foreach (var reply in confirmations)
                {
                    await ConfirmAsync(workspace, submission.UserId, origin, reply, ct);
                }
            });
        }

        return new SlackAck.Empty();
    }

    /// <summary>
    /// The submission handed to the engine again by a host that found its confirmation unsent: the engine recognises
    /// the turn and records nothing twice, and its confirmation goes out.
    /// </summary>
    public async Task FinishAsync(Workspace workspace, ViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var origin = ModalContext.Parse(submission.PrivateMetadata);
        foreach (var reply in (await engine.HandleAsync(Turn(workspace, submission, origin), cancellationToken)).OfType<MessageReply>())
        {
            await ConfirmAsync(workspace, submission.UserId, origin, reply, cancellationToken);
        }
    }

    private static Turn Turn(Workspace workspace, ViewSubmission submission, ModalContext origin) =>
        SlackTurns.For(workspace, submission.UserId, origin.Channel ?? submission.UserId, new FormSubmission(submission.CallbackId, submission.Values)) with
        {
            // A double-clicked submit sends the same view again; the engine records it once.
            SubmissionId = submission.EventKey,
        };

    private async Task ConfirmAsync(Workspace workspace, string userId, ModalContext origin, MessageReply reply, CancellationToken cancellationToken)
    {
        if (reply.ToMemberId is not null)
        {
            await delivery.DeliverAsync(workspace, reply, responseUrl: null, channel: null, userId, cancellationToken);
        }
        else if (reply.Placement == ReplyPlacement.ReplaceSource && origin is { Channel: { } channel, MessageTs: { } ts })
        {
            await responder.UpdateAsync(workspace, channel, ts, reply, cancellationToken);
        }
        else if (origin.MessageTs is null && SlackResponseUrl.TryRead(origin.ResponseUrl) is { } responseUrl && reply.Audience != ReplyAudience.Channel)
        {
            // Opened by a command or from a message only the person sees: the confirmation (a proposal, a manager's
            // comment) is theirs, not the channel's. A response_url lasts 30 minutes; a modal kept open longer goes to the DM.
            try
            {
                await responder.PostToResponseUrlAsync(responseUrl, reply with { Placement = ReplyPlacement.New }, cancellationToken);
            }
            catch (HttpRequestException)
            {
                await responder.PostAsync(workspace, await responder.OpenDirectAsync(workspace, userId, cancellationToken), reply, cancellationToken);
            }
        }
        else
        {
            await responder.PostAsync(workspace, origin.Channel ?? await responder.OpenDirectAsync(workspace, userId, cancellationToken), reply, cancellationToken);
        }
    }

    /// <summary>The renderer decides where each error shows (a form-wide one beside the first field).</summary>
    private static Dictionary<string, string> FieldErrors(FormReply form) =>
        BlockKitRenderer.Errors(form)["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.GetValue<string>(), StringComparer.Ordinal);
}
