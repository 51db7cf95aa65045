using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Blocks;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Delivers the engine's replies the Slack way: response_url, direct messages, message updates, modals. Every Web API
/// call carries the bot token of the workspace it acts for (<see cref="SlackWorkspaceClients"/>).
/// </summary>
public sealed partial class SlackResponder(SlackWorkspaceClients clients, IHttpClientFactory http, ILogger<SlackResponder> logger)
{
    public const string ResponseUrlClient = "slack-response-url";

    /// <summary>The JSON body for a command's immediate answer or a response_url post.</summary>
    public static JsonObject ResponseBody(SlackMessage message, ReplyAudience audience, bool replaceOriginal) => new()
    {
        ["response_type"] = audience == ReplyAudience.Channel ? "in_channel" : "ephemeral",
        ["replace_original"] = replaceOriginal,
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };

    /// <param name="skipPages">Pages of a long reply already sent as the command's immediate answer.</param>
    public async Task PostToResponseUrlAsync(Uri responseUrl, MessageReply reply, CancellationToken cancellationToken, int skipPages = 0)
    {
        var replace = reply.Placement == ReplyPlacement.ReplaceSource && skipPages == 0;
        foreach (var message in BlockKitRenderer.Message(reply).Skip(skipPages))
        {
            using var response = await http.CreateClient(ResponseUrlClient).PostAsJsonAsync(responseUrl, ResponseBody(message, reply.Audience, replace), cancellationToken);
            response.EnsureSuccessStatusCode();
            replace = false;
        }
    }

    public async Task<string> OpenDirectAsync(Workspace workspace, string slackUserId, CancellationToken cancellationToken) =>
        await (await clients.ForAsync(workspace, cancellationToken)).Conversations.OpenAsync([slackUserId], cancellationToken);

    /// <returns>Where the first page landed (a user id posted to becomes the DM's channel id): what a later update needs.</returns>
    /// <param name="metadata">Kept with every page, so that the message can be found again (a scheduled delivery's key).</param>
    public async Task<PostMessageResponse> PostAsync(Workspace workspace, string channel, MessageReply reply, CancellationToken cancellationToken, SlackMessageMetadata? metadata = null)
    {
        var slack = await clients.ForAsync(workspace, cancellationToken);
        PostMessageResponse? first = null;
        foreach (var message in BlockKitRenderer.Message(reply))
        {
            var posted = await slack.Chat.PostMessageAsync(channel, message.Text, message.Blocks, metadata: metadata, cancellationToken: cancellationToken);
            first ??= posted;
        }

        // The renderer always yields at least one page (the headline). Its files (the review's charts) go in its thread.
        await ShareFilesAfterPostAsync(slack, reply, first!.Channel, first.Ts, cancellationToken);
        return first;
    }

    /// <summary>
    /// Uploads the reply's files (charts, exports) through files v2 and shares them in one
    /// files.completeUploadExternal: into <paramref name="threadTs"/>'s thread when given.
    /// </summary>
    public async Task ShareFilesAsync(Workspace workspace, MessageReply reply, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Files.Count > 0)
        {
            await ShareFilesAsync(await clients.ForAsync(workspace, cancellationToken), reply, channel, threadTs, cancellationToken);
        }
    }

    private static async Task ShareFilesAsync(SlackApiClient slack, MessageReply reply, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        if (reply.Files.Count == 0)
        {
            return;
        }

        var uploads = new List<FileUpload>();
        foreach (var file in reply.Files)
        {
            var target = await slack.Files.GetUploadUrlExternalAsync(file.FileName, file.Content.Length, cancellationToken);
            await slack.Files.UploadToUrlAsync(target.UploadUrl, file.Content, cancellationToken);
            uploads.Add(new FileUpload(target.FileId, file.Title));
        }

        await slack.Files.CompleteUploadExternalAsync(uploads, channel, initialComment: null, threadTs, cancellationToken);
    }

    /// <summary>A person's files (an export they asked for) go to their direct messages with the bot, where only they see them.</summary>
    public async Task ShareFilesWithAsync(Workspace workspace, string slackUserId, MessageReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Files.Count > 0)
        {
            await ShareFilesAsync(workspace, reply, await OpenDirectAsync(workspace, slackUserId, cancellationToken), threadTs: null, cancellationToken);
        }
    }

    /// <summary>
    /// Once the message is posted, its files are extras: a failed upload is logged, never thrown, so the caller
    /// (the scheduler) does not count the delivery failed and post the message again.
    /// </summary>
    private async Task ShareFilesAfterPostAsync(SlackApiClient slack, MessageReply reply, string channel, string ts, CancellationToken cancellationToken)
    {
        try
        {
            await ShareFilesAsync(slack, reply, channel, ts, cancellationToken);
        }
#pragma warning disable CA1031 // Whatever goes wrong now, even a shutdown, must not make the post look unsent.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFilesFailed(logger, reply.Files.Count, e.GetType().Name, e is SlackApiException slackError ? slackError.Error : e is OperationCanceledException ? "cancelled" : "network or answer");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharing {Count} file(s) in a message's thread failed ({Kind}: {Error}); the message itself was posted")]
    private static partial void LogFilesFailed(ILogger logger, int count, string kind, string error);

    /// <summary>Rewrites a message in place (a prompt into its "checked in" summary); extra pages follow as new messages.</summary>
    public async Task UpdateAsync(Workspace workspace, string channel, string ts, MessageReply reply, CancellationToken cancellationToken)
    {
        var slack = await clients.ForAsync(workspace, cancellationToken);
        var messages = BlockKitRenderer.Message(reply);
        await slack.Chat.UpdateAsync(channel, ts, messages[0].Text, messages[0].Blocks, cancellationToken);
        foreach (var more in messages.Skip(1))
        {
            await slack.Chat.PostMessageAsync(channel, more.Text, more.Blocks, cancellationToken: cancellationToken);
        }
    }

    public async Task<SlackView> OpenModalAsync(Workspace workspace, string triggerId, FormReply form, ModalContext context, CultureInfo culture, CancellationToken cancellationToken) =>
        await (await clients.ForAsync(workspace, cancellationToken)).Views.OpenAsync(triggerId, BlockKitRenderer.Modal(form, context.ToJson(), culture), cancellationToken);

    /// <summary>
    /// A form can't open without a trigger (in a plain direct message): offer the buttons that open that form. A form too
    /// long for any modal says so, and offers only its one-question-at-a-time dialog, where it has one.
    /// </summary>
    public static MessageReply FormAsButton(FormReply form, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(form);
        var buttons = SlackFormButtons.For(form, culture);
        var sections = form.Intro is null ? new List<Section>() : [Section.Paragraph(form.Intro)];
        if (BlockKitRenderer.FitsModal(form))
        {
            return new MessageReply { Headline = form.Title, Sections = sections, Buttons = buttons };
        }

        var byText = buttons.Where(SlackFormButtons.IsByText).ToList();
        var count = form.Fields.Count;
        sections.Add(Section.Paragraph(byText.Count > 0 ? SlackText.FormTooLongByText(culture, count) : SlackText.FormTooLong(culture, count)));
        return new MessageReply { Headline = form.Title, Sections = sections, Buttons = byText };
    }

    public async Task PublishHomeAsync(Workspace workspace, string userId, MessageReply reply, CultureInfo culture, CancellationToken cancellationToken)
    {
        var slack = await clients.ForAsync(workspace, cancellationToken);
        const int HomeBlocks = 100;
        var all = BlockKitRenderer.Message(reply).SelectMany(m => m.Blocks).Select(b => b!.DeepClone()).ToList();
        if (all.Count > HomeBlocks)
        {
            // App Home holds 100 blocks; say what was left out rather than dropping it unseen.
            all = [.. all.Take(HomeBlocks - 1), new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackText.HomeHasMoreThanFits(culture) }) }];
        }

        var blocks = new JsonArray([.. all]);
        await slack.Views.PublishAsync(userId, new JsonObject { ["type"] = "home", ["blocks"] = blocks }, cancellationToken: cancellationToken);
    }
}
