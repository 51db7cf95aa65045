using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Core.People;
using ReviewBot.Teams.Cards;
using ReviewBot.Teams.Connector;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// The bot's turn handler (Bot Builder's ActivityHandler): messages and card actions go to the engine,
/// installation and membership changes keep the conversation references proactive messages need.
/// </summary>
public sealed partial class TeamsBot(
    ConversationEngine engine,
    TeamsWorkspaces workspaces,
    TeamsMembers members,
    ConnectorClient connector,
    TeamsMessenger messenger,
    ITeamDirectory directory,
    TeamsReaders readers,
    TeamsProfiles profiles,
    ILogger<TeamsBot> logger)
{
    public async Task<InvokeResult> OnTurnAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(workspace);
        switch (activity.Type)
        {
            case Activity.Types.Message:
                await OnMessageAsync(activity, workspace, cancellationToken);
                return InvokeResult.Accepted;
            case Activity.Types.Invoke when activity.Name == "adaptiveCard/action":
                return await OnCardActionAsync(activity, workspace, cancellationToken);
            case Activity.Types.Invoke:
                // Bot Builder answers invokes it does not handle with 501.
                return new InvokeResult(501, null);
            case Activity.Types.InstallationUpdate when activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true:
                await workspaces.ForgetAsync(workspace.Id, activity.Conversation!.Id, cancellationToken);
                return InvokeResult.Accepted;
            case Activity.Types.InstallationUpdate:
                await RememberAsync(activity, workspace, cancellationToken);
                return InvokeResult.Accepted;
            case Activity.Types.ConversationUpdate when activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await workspaces.ForgetAsync(workspace.Id, activity.Conversation!.Id, cancellationToken);
                return InvokeResult.Accepted;
            case Activity.Types.ConversationUpdate when activity.MembersAdded?.Count > 0:
                await RememberAsync(activity, workspace, cancellationToken);
                return InvokeResult.Accepted;
            default:
                return InvokeResult.Accepted;
        }
    }

    private async Task OnMessageAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        await LinkAsync(activity, workspace, cancellationToken);
        await profiles.FillAsync(workspace, activity, cancellationToken);
        TurnInput input = activity.Value is JsonObject data && AdaptiveCardRenderer.FormValues(data) is { } submitted
            ? new FormSubmission(submitted.FormId, submitted.Values)
            : activity.Value is JsonObject pressed && JsonText.Of(pressed[AdaptiveCardRenderer.ActionKey]) is { Length: > 0 } actionId
                // A button's Action.Submit fallback on an older client.
                ? new ButtonPress(actionId, JsonText.Of(pressed[AdaptiveCardRenderer.ValueKey]))
                : new TextInput(MentionText.Strip(activity, await MentionedMembersAsync(activity, workspace, cancellationToken)) is { Length: > 0 } text ? text : "review help");
        var replies = await engine.HandleAsync(Turn(activity, workspace, input), cancellationToken);
        var culture = await readers.OfSenderAsync(workspace, activity, cancellationToken);
        foreach (var reply in replies)
        {
            await DeliverAsync(activity, workspace, reply, culture, cancellationToken);
        }
    }

    private async Task<InvokeResult> OnCardActionAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        var action = activity.Value is JsonObject value ? value["action"] : null;
        var verb = JsonText.Of(action?["verb"]);
        var data = action?["data"] as JsonObject ?? [];
        TurnInput? input = verb switch
        {
            AdaptiveCardRenderer.FormSubmitVerb when AdaptiveCardRenderer.FormValues(data) is { } submitted => new FormSubmission(submitted.FormId, submitted.Values),
            { Length: > 0 } and not AdaptiveCardRenderer.FormSubmitVerb => new ButtonPress(verb, JsonText.Of(data["value"])),
            _ => null,
        };
        if (input is null)
        {
            return new InvokeResult(200, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The card action has no verb or form the bot knows."));
        }

        await LinkAsync(activity, workspace, cancellationToken);
        await profiles.FillAsync(workspace, activity, cancellationToken);
        var replies = await engine.HandleAsync(Turn(activity, workspace, input), cancellationToken);
        var culture = await readers.OfSenderAsync(workspace, activity, cancellationToken);

        // The invoke's answer replaces the card that was pressed: a form (with its errors), or the reply that takes its place.
        var inPlace = replies.FirstOrDefault(r => r is FormReply || r is MessageReply { ToMemberId: null, Placement: ReplyPlacement.ReplaceSource })
            ?? replies.FirstOrDefault(r => r is MessageReply { ToMemberId: null });
        foreach (var reply in replies.Where(r => r != inPlace))
        {
            await DeliverAsync(activity, workspace, reply, culture, cancellationToken);
        }

        switch (inPlace)
        {
            case FormReply form:
                return new InvokeResult(200, AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Form(form, culture)));
            case MessageReply message:
                // Only one card can take the pressed one's place: the rest of a long reply (a team's plans, their
                // buttons) follows it in the conversation rather than being lost.
                var cards = AdaptiveCardRenderer.Message(message);
                foreach (var more in cards.Skip(1))
                {
                    await connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id, activity.Id ?? "", TeamsReplies.Card(message.Headline, more), cancellationToken);
                }

                return new InvokeResult(200, AdaptiveCardInvokeResponse.Card(cards[0]));
            default:
                return new InvokeResult(200, AdaptiveCardInvokeResponse.Message(TeamsText.Done(culture)));
        }
    }

    private async Task DeliverAsync(Activity incoming, Workspace workspace, Reply reply, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (reply is MessageReply { ToMemberId: { } memberId } direct)
        {
            var member = await directory.MemberAsync(workspace.Id, memberId, cancellationToken);
            try
            {
                if (member is null || await messenger.SendDirectAsync(member, direct, deliveryKey: null, cancellationToken) is null)
                {
                    LogUnreachable(logger, memberId);
                }
            }
            catch (DeliveryFailedException e)
            {
                // One unreachable member (uninstalled, or Teams throttling) must not stop the others' nudges.
                LogDirectFailed(logger, memberId, e.Permanent, e.Message);
            }
            catch (DeliveryOutcomeUnknownException e)
            {
                // Not sent again: it may have arrived, and a second nudge is worse than a lost one.
                LogDirectFailed(logger, memberId, false, e.Message);
            }

            return;
        }

        foreach (var activity in TeamsReplies.Activities(reply, culture))
        {
            await connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id, incoming.Id ?? "", activity, cancellationToken);
        }
    }

    private async Task RememberAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        await workspaces.RememberAsync(workspace.Id, activity, activity.From, cancellationToken);
        await LinkAsync(activity, workspace, cancellationToken);
        await profiles.FillAsync(workspace, activity, cancellationToken);
    }

    /// <summary>
    /// The people a message @mentions, as the member list knows them (29: id → Entra object id): Teams names a mentioned
    /// user by their 29: id, so each is looked up in the conversation's members for the Entra id and e-mail (and linked
    /// by e-mail as a sender would be). Whoever cannot be looked up is left to be read by name.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> MentionedMembersAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (userId, sentAad) in MentionText.People(activity))
        {
            var aad = sentAad;
            string? email = null;
            if (string.IsNullOrWhiteSpace(aad))
            {
                try
                {
                    var profile = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id, userId, cancellationToken);
                    (aad, email) = (profile.AadObjectId, string.IsNullOrWhiteSpace(profile.Email) ? profile.UserPrincipalName : profile.Email);
                }
                catch (ConnectorException e)
                {
                    LogLookupFailed(logger, e.Status?.ToString() ?? "no answer", e.Code ?? "none");
                    continue;
                }
            }

            if (string.IsNullOrWhiteSpace(aad))
            {
                continue;
            }

            var member = await members.FindAsync(workspace.Id, aad, cancellationToken);
            if (member is null && !string.IsNullOrWhiteSpace(email) && await members.LinkByEmailAsync(workspace.Id, email, aad, cancellationToken) > 0)
            {
                LogLinked(logger, aad);
                member = await members.FindAsync(workspace.Id, aad, cancellationToken);
            }

            if (member?.TeamsUserId is { } teamsUserId)
            {
                found[userId] = teamsUserId;
            }
        }

        return found;
    }

    /// <summary>A user the member list does not know by Entra id is looked up by e-mail once, and linked.</summary>
    private async Task LinkAsync(Activity activity, Workspace workspace, CancellationToken cancellationToken)
    {
        // A blank Entra id or e-mail names nobody: linking it would match no one, or everyone without one.
        if (string.IsNullOrWhiteSpace(activity.From?.AadObjectId) || await members.FindAsync(workspace.Id, activity.From.AadObjectId, cancellationToken) is not null)
        {
            return;
        }

        try
        {
            var profile = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id, activity.From.Id, cancellationToken);
            var aad = activity.From.AadObjectId;
            var email = string.IsNullOrWhiteSpace(profile.Email) ? profile.UserPrincipalName : profile.Email;
            if (!string.IsNullOrWhiteSpace(email) && await members.LinkByEmailAsync(workspace.Id, email, aad, cancellationToken) > 0)
            {
                LogLinked(logger, aad);
            }
        }
        catch (ConnectorException e)
        {
            // The person is then answered as someone the member list does not know; the connector's message is
            // left out of the log because it may repeat the service URL.
            LogLookupFailed(logger, e.Status?.ToString() ?? "no answer", e.Code ?? "none");
        }
    }

    private static Turn Turn(Activity activity, Workspace workspace, TurnInput input) => new()
    {
        WorkspaceId = workspace.Id,
        Platform = ChatPlatform.Teams,
        UserId = activity.From?.AadObjectId?.ToLowerInvariant() ?? activity.From?.Id ?? "",
        ConversationId = activity.Conversation!.Id,
        Input = input,
        // Not the adapter's delivery key: that one is taken when the activity arrives.
        SubmissionId = activity.Id is null ? null : $"teams-submission:{activity.Id}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked Teams user {AadObjectId} to the member list by e-mail")]
    private static partial void LogLinked(ILogger logger, string aadObjectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up a Teams user's e-mail (status {Status}, code {Code}); they are answered as unknown")]
    private static partial void LogLookupFailed(ILogger logger, string status, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A direct message to member {MemberId} failed (permanent: {Permanent}): {Reason}")]
    private static partial void LogDirectFailed(ILogger logger, string memberId, bool permanent, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} could not be reached on Teams")]
    private static partial void LogUnreachable(ILogger logger, string memberId);
}
