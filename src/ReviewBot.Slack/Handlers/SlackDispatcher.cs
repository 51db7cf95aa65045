using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Turns verified Slack requests into turns for the engine and its replies into Slack's answers, inside
/// Slack's 3 seconds: what must happen in the request (the immediate answer, opening a modal with a
/// trigger that expires) happens there; everything else runs after the acknowledgement.
/// </summary>
public sealed partial class SlackDispatcher(
    ConversationEngine engine,
    IReviewStore store,
    SlackWorkspaces workspaces,
    SlackResponder responder,
    SlackMessenger messenger,
    SlackProfiles profiles,
    SlackBackgroundWork background,
    TimeProvider time,
    ILogger<SlackDispatcher> logger)
{
    /// <summary>How long a command may take before it is acknowledged and finished through response_url.</summary>
    public static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(2);

    /// <summary>How long opening a modal may take: Slack's trigger_id is good for 3 seconds.</summary>
    public static readonly TimeSpan TriggerBudget = TimeSpan.FromSeconds(2.5);

    public async Task<IResult> CommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindAsync(command.TeamId, cancellationToken);
        if (workspace is not { Enabled: true })
        {
            return Ephemeral($"ReviewBot is not set up for this Slack workspace yet. An operator imports the team's OKR file with workspace platform slack and id {command.TeamId}.");
        }

        FillProfileLater(workspace, command.UserId);
        var turn = Turn(workspace, command.UserId, command.ChannelId, new CommandInput(command.Text));

        // The budget starts with the request; the engine keeps going if the request ends, and its replies
        // then arrive through response_url.
        var budget = Task.Delay(AnswerBudget, time, cancellationToken);
        var work = engine.HandleAsync(turn, CancellationToken.None);
        if (await Task.WhenAny(work, budget) != work)
        {
            background.Enqueue("finish a slow /review", async ct =>
            {
                foreach (var reply in await work)
                {
                    await DeliverAsync(workspace, reply, command.ResponseUrl, channel: null, ct);
                    if (reply is MessageReply { Files.Count: > 0 } withFiles)
                    {
                        await ShareFilesAsync(withFiles, command, ct);
                    }
                }
            });
            return Ephemeral("Working on it…");
        }

        var replies = await work;
        IResult? answer = null;
        foreach (var reply in replies)
        {
            if (answer is null && reply is FormReply form)
            {
                answer = await OpenModalAsync(command.TriggerId, form, new ModalContext(command.ChannelId, null), cancellationToken);
            }
            else if (answer is null && reply is MessageReply { ToMemberId: null } message)
            {
                var pages = BlockKitRenderer.Message(message);
                answer = Results.Json(SlackResponder.ResponseBody(pages[0], message.Audience, replaceOriginal: false));
                if (pages.Count > 1)
                {
                    background.Enqueue("post the rest of a long answer", ct => responder.PostToResponseUrlAsync(command.ResponseUrl, message, ct, skipPages: 1));
                }

                if (message.Files.Count > 0)
                {
                    background.Enqueue("share a reply's files", ct => ShareFilesAsync(message, command, ct));
                }
            }
            else
            {
                var later = reply;
                background.Enqueue("deliver a reply", ct => DeliverAsync(workspace, later, command.ResponseUrl, channel: null, ct));
            }
        }

        return answer ?? Results.Ok();
    }

    public async Task<IResult> InteractionAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindAsync(payload.Team.Id, cancellationToken);
        if (workspace is not { Enabled: true })
        {
            return Results.Ok();
        }

        FillProfileLater(workspace, payload.User.Id);
        switch (payload.Type)
        {
            case "block_actions" when payload.Actions is [var action, ..]:
                var separator = action.ActionId.IndexOf('|', StringComparison.Ordinal);
                var press = separator < 0 ? new ButtonPress(action.ActionId, action.Value) : new ButtonPress(action.ActionId[..separator], action.Value ?? action.ActionId[(separator + 1)..]);
                var channel = payload.Channel?.Id;
                var replies = await engine.HandleAsync(Turn(workspace, payload.User.Id, channel ?? payload.User.Id, press), cancellationToken);
                var responseUrl = Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.IsLoopback) ? url : null;
                foreach (var reply in replies)
                {
                    if (reply is FormReply form && payload.TriggerId is not null)
                    {
                        await OpenModalAsync(payload.TriggerId, form, new ModalContext(channel, payload.Message?.Ts), cancellationToken);
                    }
                    else
                    {
                        background.Enqueue("answer a button", ct => DeliverAsync(workspace, reply, responseUrl, channel, ct));
                    }
                }

                return Results.Ok();

            case "view_submission" when payload.View is { } view:
                var context = ModalContext.Parse(view.PrivateMetadata);
                var turn = Turn(workspace, payload.User.Id, context.Channel ?? payload.User.Id, new FormSubmission(view.CallbackId, view.FormValues())) with
                {
                    // A double-clicked submit sends the same view again; the engine records it once.
                    DeliveryId = $"slack-view:{view.Id}:{view.Hash}",
                };
                var answers = await engine.HandleAsync(turn, cancellationToken);
                return ViewAnswer(workspace, payload.User.Id, context, answers, view.CallbackId);

            default:
                return Results.Ok();
        }
    }

    public async Task<IResult> EventAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.Type == "url_verification")
        {
            return Results.Text(envelope.Challenge, "text/plain");
        }

        var workspace = await workspaces.FindAsync(envelope.TeamId!, cancellationToken);
        var slackEvent = envelope.Event!;
        if (workspace is null || !await workspaces.FirstDeliveryAsync(workspace.Id, $"slack-event:{envelope.EventId}", cancellationToken))
        {
            return Results.Ok();
        }

        switch (slackEvent.Type)
        {
            case SlackAppRequirements.Events.AppUninstalled or SlackAppRequirements.Events.TokensRevoked:
                await workspaces.DisableAsync(workspace.Id, cancellationToken);
                LogDisabled(logger, envelope.TeamId!, slackEvent.Type);
                break;

            // message.im arrives as type "message" with channel_type "im".
            case "message" when workspace.Enabled && slackEvent is { ChannelType: "im", BotId: null, Subtype: null, User: { } user, Channel: { } channel, Text: { } text }
                && await workspaces.FirstDeliveryAsync(workspace.Id, $"slack-message:{channel}:{slackEvent.Ts}", cancellationToken):
                FillProfileLater(workspace, user);
                background.Enqueue("answer a direct message", async ct =>
                {
                    try
                    {
                        foreach (var reply in await engine.HandleAsync(Turn(workspace, user, channel, new TextInput(text)), ct))
                        {
                            await DeliverAsync(workspace, reply, responseUrl: null, channel, ct);
                        }
                    }
                    catch
                    {
                        // Not answered after all: Slack's retry of this event should be.
                        await workspaces.ForgetDeliveryAsync(workspace.Id, $"slack-event:{envelope.EventId}", CancellationToken.None);
                        await workspaces.ForgetDeliveryAsync(workspace.Id, $"slack-message:{channel}:{slackEvent.Ts}", CancellationToken.None);
                        throw;
                    }
                });
                break;

            case SlackAppRequirements.Events.AppHomeOpened when workspace.Enabled && slackEvent is { Tab: "home", User: { } homeUser }:
                background.Enqueue("publish App Home", async ct =>
                {
                    var replies = await engine.HandleAsync(Turn(workspace, homeUser, homeUser, new CommandInput("review me")), ct);
                    if (replies.OfType<MessageReply>().FirstOrDefault() is { } home)
                    {
                        await responder.PublishHomeAsync(homeUser, home, ct);
                    }
                });
                break;
        }

        return Results.Ok();
    }

    private IResult ViewAnswer(Workspace workspace, string userId, ModalContext context, IReadOnlyList<Reply> replies, string callbackId)
    {
        var form = replies.OfType<FormReply>().FirstOrDefault();
        if (form is not null && form.FormId == callbackId && form.HasErrors)
        {
            return Results.Json(BlockKitRenderer.Errors(form));
        }

        if (form is not null)
        {
            // Another form than the one submitted (this week's instead of a closed one): the modal shows it, with why.
            var note = replies.OfType<MessageReply>().FirstOrDefault()?.Headline;
            var view = BlockKitRenderer.Modal(note is null ? form : form with { Error = note }, context.ToJson());
            return Results.Json(new JsonObject { ["response_action"] = "update", ["view"] = view });
        }

        foreach (var reply in replies.OfType<MessageReply>())
        {
            background.Enqueue("confirm a submission", async ct =>
            {
                if (reply.ToMemberId is not null)
                {
                    await DeliverAsync(workspace, reply, responseUrl: null, channel: null, ct);
                }
                else if (reply.Placement == ReplyPlacement.ReplaceSource && context is { Channel: { } channel, MessageTs: { } ts })
                {
                    await responder.UpdateAsync(channel, ts, reply, ct);
                }
                else
                {
                    await responder.PostAsync(context.Channel ?? await responder.OpenDirectAsync(userId, ct), reply, ct);
                }
            });
        }

        return Results.Ok();
    }

    /// <summary>
    /// A command's files (an export, a posted review's charts): to the channel when the reply was posted there,
    /// else, or when the bot is not in that channel, to the person's direct messages with the bot.
    /// </summary>
    private async Task ShareFilesAsync(MessageReply message, SlashCommand command, CancellationToken cancellationToken)
    {
        if (message.Audience == ReplyAudience.Channel)
        {
            try
            {
                await responder.ShareFilesAsync(message, command.ChannelId, threadTs: null, cancellationToken);
                return;
            }
            catch (SlackApiException e)
            {
                LogChannelFilesFailed(logger, e.Error);
            }
        }

        await responder.ShareFilesWithAsync(command.UserId, message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharing files in the command's channel failed ({Error}); they go to the person's direct messages")]
    private static partial void LogChannelFilesFailed(ILogger logger, string error);

    private void FillProfileLater(Workspace workspace, string userId) =>
        background.Enqueue("fill a member's profile from Slack", ct => profiles.FillAsync(workspace, userId, ct));

    private async Task DeliverAsync(Workspace workspace, Reply reply, Uri? responseUrl, string? channel, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case MessageReply { ToMemberId: { } memberId } direct:
                if (await MemberAsync(workspace, memberId, cancellationToken) is not { } member)
                {
                    break;
                }

                try
                {
                    await messenger.SendDirectAsync(member, direct, cancellationToken);
                }
                catch (DeliveryFailedException e)
                {
                    // One unreachable member (deactivated, or Slack throttling) must not stop the others' nudges.
                    LogDirectFailed(logger, memberId, e.Permanent, e.Message);
                }

                break;
            case MessageReply message when responseUrl is not null:
                await responder.PostToResponseUrlAsync(responseUrl, message, cancellationToken);
                break;
            case MessageReply message when channel is not null:
                await responder.PostAsync(channel, message, cancellationToken);
                break;
            case FormReply form when channel is not null:
                // Without a trigger (a plain message) a modal can't open: a button opens it instead.
                await responder.PostAsync(channel, SlackResponder.FormAsButton(form), cancellationToken);
                break;
            case FormReply form when responseUrl is not null:
                await responder.PostToResponseUrlAsync(responseUrl, SlackResponder.FormAsButton(form), cancellationToken);
                break;
        }
    }

    private async Task<IResult> OpenModalAsync(string triggerId, FormReply form, ModalContext context, CancellationToken cancellationToken)
    {
        // The trigger expires 3 seconds after the click: a retry waiting out a Retry-After would come too late.
        using var budget = new CancellationTokenSource(TriggerBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await responder.OpenModalAsync(triggerId, form, context, linked.Token);
            return Results.Ok();
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            LogModalFailed(logger, "took too long");
            return Ephemeral("Slack was too slow to open the form in time. Please try again.");
        }
        catch (SlackApiException e)
        {
            LogModalFailed(logger, e.Error);
            return Ephemeral($"I couldn't open the form ({e.Error}). Please try again.");
        }
    }

    private async Task<Member?> MemberAsync(Workspace workspace, string memberId, CancellationToken cancellationToken)
    {
        foreach (var team in await store.TeamsAsync(workspace.Id, cancellationToken))
        {
            if ((await store.MembersAsync(workspace.Id, team.Id, cancellationToken)).FirstOrDefault(m => m.Id == memberId) is { } member)
            {
                return member;
            }
        }

        return null;
    }

    private static Turn Turn(Workspace workspace, string userId, string conversationId, TurnInput input) => new()
    {
        WorkspaceId = workspace.Id,
        Platform = ChatPlatform.Slack,
        UserId = userId,
        ConversationId = conversationId,
        Input = input,
    };

    private static IResult Ephemeral(string text) => Results.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = text });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack workspace {TeamId} was disabled after {EventType}")]
    private static partial void LogDisabled(ILogger logger, string teamId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A direct message to member {MemberId} failed (permanent: {Permanent}): {Reason}")]
    private static partial void LogDirectFailed(ILogger logger, string memberId, bool permanent, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening a Slack modal failed: {Error}")]
    private static partial void LogModalFailed(ILogger logger, string error);
}
