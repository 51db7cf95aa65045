using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Commands;

/// <summary>
/// <c>/review …</c>: answered in the acknowledgement when the engine is quick (its first reply, or the modal
/// a form opens while the trigger is good); otherwise, once <see cref="SlackAnswerBudget"/> runs out,
/// "Working on it…" and the replies follow through response_url.
/// </summary>
public sealed partial class SlashCommandHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackReplyDelivery delivery,
    SlackModalOpener modals,
    SlackResponder responder,
    SlackInboundWork inbound,
    SlackReaders readers,
    TimeProvider time,
    ILogger<SlashCommandHandler> logger) : ISlackHandler<SlashCommand>, ISlackFollowUp<SlashCommand>
{
    public async Task<SlackAck> HandleAsync(SlashCommand command, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await gate.EnabledAsync(command.TeamId, cancellationToken) is not { } workspace)
        {
            // No member list to know the person by: they read the language of a reader the bot knows nothing about.
            return new SlackAck.Ephemeral(SlackText.WorkspaceNotSetUp(SlackReaders.Unknown, command.TeamId));
        }

        // A replay is acknowledged with nothing rather than "Already done": the first invocation's answer
        // (in its acknowledgement or through response_url) is the one the person reads, and a replay nobody
        // typed should not show them anything at all. A command that only answers needs no record to be
        // recognised by while its whole answer is in the acknowledgement: a replay only answers again, to the
        // replayer. Its key is recorded only if replies are to follow (below), which a replay must not repeat.
        var acts = CommandLine.Parse(command.Text).Effect == CommandEffect.ActsOnce;
        if (acts && !await gate.TryRecordEventKeyAsync(workspace, command, cancellationToken))
        {
            return new SlackAck.Empty();
        }

        gate.FillProfileLater(workspace, command.UserId);
        var turn = SlackTurns.For(workspace, command.UserId, command.ChannelId, new CommandInput(command.Text));

        // The engine keeps going if the allowance runs out or the request ends; its replies then arrive through response_url.
        // The command is recorded as inbound work only once it is known to continue past the acknowledgement: a quick
        // answer that is all in the acknowledgement (most commands) costs no second write, and a host stopping before
        // the acknowledgement leaves Slack with an error, not with a promise.
        var engineWork = engine.HandleAsync(turn, CancellationToken.None);
        var work = acts ? ForgetIfFailedAsync(engineWork, workspace, command) : engineWork;

        // The reader's language, for the adapter's own words, is looked up while the engine works. A lookup not
        // done when the allowance is out is not waited for: "Working on it…" in English beats a late one.
        var reading = readers.OfMemberAsync(workspace, command.UserId, cancellationToken);
        var inTime = await SlackAnswerBudget.FinishesInTimeAsync(work, deadline, time, cancellationToken);
        var culture = reading.IsCompletedSuccessfully ? reading.Result : inTime ? await reading : SlackReaders.Unknown;
        if (!inTime)
        {
            if (!acts && !await gate.TryRecordEventKeyAsync(workspace, command, cancellationToken))
            {
                return new SlackAck.Empty();
            }

            await inbound.HoldAsync(workspace, command.EventKey, command, cancellationToken);
            inbound.ContinueHere(workspace, command.EventKey, "finish a slow /review", async c => await DeliverLateAsync(workspace, command, await work, c));
            return new SlackAck.Ephemeral(SlackText.WorkingOnIt(culture));
        }

        SlackAck? answer = null;
        var followUps = new List<Func<CancellationToken, Task>>();
        foreach (var reply in await work)
        {
            if (answer is null && reply is FormReply { } tooLong && !BlockKitRenderer.FitsModal(tooLong))
            {
                // No modal holds it: the answer says so, with the form's text dialog where it has one.
                answer = Answer(workspace, SlackResponder.FormAsButton(tooLong, culture), command, followUps);
            }
            else if (answer is null && reply is FormReply form)
            {
                answer = await modals.OpenAsync(workspace, command.TriggerId, form, new ModalContext(command.ChannelId, null, command.ResponseUrl.ToString()), culture, deadline, cancellationToken);
            }
            else if (answer is null && reply is MessageReply { ToMemberId: null } message)
            {
                answer = Answer(workspace, message, command, followUps);
            }
            else
            {
                var later = reply;
                followUps.Add(ct => delivery.DeliverAsync(workspace, later, command.ResponseUrl, channel: null, command.UserId, ct));
            }
        }

        // A command that only answers records its key here, once replies are to follow: its replay answers again
        // in the acknowledgement, but never sends the other replies a second time.
        if (followUps.Count > 0 && (acts || await gate.TryRecordEventKeyAsync(workspace, command, cancellationToken)))
        {
            // Replies that follow the acknowledgement (nudges, a long answer's other pages, files) are held as inbound
            // work: should this host stop before they are out, another runs the command again from the record.
            await inbound.HoldAsync(workspace, command.EventKey, command, cancellationToken);
            inbound.ContinueHere(workspace, command.EventKey, "deliver a command's other replies", async c =>
            {
                foreach (var followUp in followUps)
                {
                    await followUp(c);
                }
            });
        }

        return answer ?? new SlackAck.Empty();
    }

    /// <summary>
    /// The command run again from its record, by a host that found it left unfinished: its replies all go through
    /// response_url, as a slow command's do.
    /// </summary>
    public async Task FinishAsync(Workspace workspace, SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var turn = SlackTurns.For(workspace, command.UserId, command.ChannelId, new CommandInput(command.Text));
        await DeliverLateAsync(workspace, command, await engine.HandleAsync(turn, cancellationToken), cancellationToken);
    }

    private async Task DeliverLateAsync(Workspace workspace, SlashCommand command, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await delivery.DeliverAsync(workspace, reply, command.ResponseUrl, channel: null, command.UserId, cancellationToken);
            if (reply is MessageReply { Files.Count: > 0 } withFiles)
            {
                await ShareFilesAsync(workspace, withFiles, command, cancellationToken);
            }
        }
    }

    /// <summary>
    /// When the engine fails the command was not acted on, so its key is forgotten and the same command tried again
    /// is. Failures delivering the replies do not forget it: the engine has acted (a nudge may already be out), and
    /// acting again would repeat that.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> ForgetIfFailedAsync(Task<IReadOnlyList<Reply>> work, Workspace workspace, SlashCommand command)
    {
        try
        {
            return await work;
        }
        catch
        {
            await gate.ForgetEventKeyAsync(workspace, command);
            throw;
        }
    }

    /// <summary>The reply's first page answers now; its other pages and its files follow.</summary>
    private SlackAck.CommandReply Answer(Workspace workspace, MessageReply message, SlashCommand command, List<Func<CancellationToken, Task>> followUps)
    {
        var pages = BlockKitRenderer.Message(message);
        if (pages.Count > 1)
        {
            followUps.Add(ct => responder.PostToResponseUrlAsync(command.ResponseUrl, message, ct, skipPages: 1));
        }

        if (message.Files.Count > 0)
        {
            followUps.Add(ct => ShareFilesAsync(workspace, message, command, ct));
        }

        return new SlackAck.CommandReply(pages[0], message.Audience);
    }

    /// <summary>
    /// A command's files (an export, a posted review's charts): to the channel when the reply was posted there,
    /// else, or when the bot is not in that channel, to the person's direct messages with the bot.
    /// </summary>
    private async Task ShareFilesAsync(Workspace workspace, MessageReply message, SlashCommand command, CancellationToken cancellationToken)
    {
        if (message.Audience == ReplyAudience.Channel)
        {
            try
            {
                await responder.ShareFilesAsync(workspace, message, command.ChannelId, threadTs: null, cancellationToken);
                return;
            }
            catch (SlackApiException e)
            {
                LogChannelFilesFailed(logger, e.Error);
            }
        }

        await responder.ShareFilesWithAsync(workspace, command.UserId, message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharing files in the command's channel failed ({Error}); they go to the person's direct messages")]
    private static partial void LogChannelFilesFailed(ILogger logger, string error);
}
