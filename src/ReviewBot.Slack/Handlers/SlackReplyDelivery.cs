using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Delivers a reply after the acknowledgement, where it belongs: a direct message to the member it names,
/// else through the response_url or into the channel; a form without a trigger becomes a button that opens it.
/// </summary>
public sealed partial class SlackReplyDelivery(ITeamDirectory directory, SlackResponder responder, SlackMessenger messenger, SlackReaders readers, ILogger<SlackReplyDelivery> logger)
{
    /// <param name="readerUserId">The Slack user whose turn it was: a form that becomes a button is labelled in their language.</param>
    public async Task DeliverAsync(Workspace workspace, Reply reply, Uri? responseUrl, string? channel, string readerUserId, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case MessageReply { ToMemberId: { } memberId } direct:
                if (await directory.MemberAsync(workspace.Id, memberId, cancellationToken) is not { } member)
                {
                    break;
                }

                try
                {
                    await messenger.SendDirectAsync(member, direct, deliveryKey: null, cancellationToken);
                }
                catch (DeliveryFailedException e)
                {
                    // One unreachable member (deactivated, or Slack throttling) must not stop the others' nudges.
                    LogDirectFailed(logger, memberId, e.Permanent, e.Message);
                }
                catch (DeliveryOutcomeUnknownException e)
                {
                    // Not sent again: it may have arrived, and a second nudge is worse than a lost one.
                    LogDirectFailed(logger, memberId, false, e.Message);
                }

                break;
            case MessageReply message when responseUrl is not null:
                await responder.PostToResponseUrlAsync(responseUrl, message, cancellationToken);
                break;
            case MessageReply message when channel is not null:
                await responder.PostAsync(workspace, channel, message, cancellationToken);
                break;
            case FormReply form when channel is not null:
                // Without a trigger (a plain message) a modal can't open: a button opens it instead.
                await responder.PostAsync(workspace, channel, SlackResponder.FormAsButton(form, await readers.OfMemberAsync(workspace, readerUserId, cancellationToken)), cancellationToken);
                break;
            case FormReply form when responseUrl is not null:
                await responder.PostToResponseUrlAsync(responseUrl, SlackResponder.FormAsButton(form, await readers.OfMemberAsync(workspace, readerUserId, cancellationToken)), cancellationToken);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A direct message to member {MemberId} failed (permanent: {Permanent}): {Reason}")]
    private static partial void LogDirectFailed(ILogger logger, string memberId, bool permanent, string reason);
}
