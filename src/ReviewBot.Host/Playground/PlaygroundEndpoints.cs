using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Playground;

/// <summary>
/// The playground: a page at <c>GET /</c> and a small JSON API under <c>/playground/</c>. It is an adapter
/// like Slack and Teams: it turns what the page sends into a <see cref="Turn"/> for the same engine and
/// storage, and sends the neutral replies back as JSON for the page to render as HTML.
/// </summary>
public static partial class PlaygroundEndpoints
{
    private const int MaxTextLength = 4000;

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<PlaygroundOptions>>().Value.IsOn
                ? await next(context)
                : TypedResults.NotFound());

        group.MapGet("/", () => Asset("index.html"));
        // Browsers ask for it on every page load whatever the page links to.
        group.MapGet("/favicon.ico", () => Asset("favicon.ico"));
        group.MapGet("/playground/{file}", (string file) => Asset(file));
        group.MapGet("/playground/text", (PlaygroundPageText text) => TypedResults.Ok(text.All()));
        group.MapGet("/playground/people", PeopleAsync);
        group.MapPost("/playground/demo", LoadDemoAsync);
        group.MapPost("/playground/turn", TurnAsync);
        group.MapGet("/playground/inbox", (string? memberId, PlaygroundInbox inbox) => string.IsNullOrWhiteSpace(memberId)
            ? (IResult)BadRequest("memberId is missing: ask for /playground/inbox?memberId= one of the people listed by GET /playground/people.")
            : TypedResults.Json(new PlaygroundInboxItems(inbox.For(memberId)), PlaygroundJson.Options));
        group.MapGet("/playground/channel", ChannelAsync);
        return endpoints;
    }

    private static IResult Asset(string name) =>
        PlaygroundAssets.TryGet(name, out var content, out var contentType)
            ? TypedResults.Bytes(content, contentType)
            : TypedResults.NotFound();

    private static async Task<Ok<PlaygroundPeople>> PeopleAsync(IWorkspaceDirectory workspaces, ITeamDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PlaygroundDirectory.PeopleAsync(workspaces, directory, cancellationToken));

    private static async Task<Ok<PlaygroundPeople>> LoadDemoAsync(DemoTeam demo, IWorkspaceDirectory workspaces, ITeamDirectory directory, CancellationToken cancellationToken)
    {
        await demo.LoadAsync(cancellationToken);
        return TypedResults.Ok(await PlaygroundDirectory.PeopleAsync(workspaces, directory, cancellationToken));
    }

    private static async Task<IResult> ChannelAsync(string? memberId, IWorkspaceDirectory workspaces, ITeamDirectory directory, PlaygroundInbox inbox, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(memberId))
        {
            return BadRequest("memberId is missing: ask for /playground/channel?memberId= one of the people listed by GET /playground/people.");
        }

        if (await PlaygroundDirectory.SpeakerAsync(workspaces, directory, memberId, cancellationToken) is not { } speaker)
        {
            return BadRequest($"Nobody with id '{memberId}' is in a playground workspace. Choose one of the people listed by GET /playground/people.");
        }

        var channels = PlaygroundTeamChannel.Of(speaker.Team);
        return TypedResults.Json(
            new PlaygroundChannelPosts(speaker.Team.Name, string.Join(", ", channels), inbox.Channels(speaker.Workspace.Id, channels)),
            PlaygroundJson.Options);
    }

    private static async Task<Results<JsonHttpResult<PlaygroundReplies>, ProblemHttpResult>> TurnAsync(
        HttpRequest request, IWorkspaceDirectory workspaces, ConversationEngine engine, ITeamDirectory directory, PlaygroundInbox inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        PlaygroundTurnRequest? body;
        try
        {
            // Read by hand, not bound: a body that is not JSON gets a 400 that says so, never a 500.
            body = await JsonSerializer.DeserializeAsync<PlaygroundTurnRequest>(request.Body, PlaygroundJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return BadRequest($"The body is not a turn in JSON ({e.Message}). Send {{\"memberId\": \"…\", \"kind\": \"command\", \"text\": \"review help\"}}.");
        }

        if (body is null || string.IsNullOrWhiteSpace(body.MemberId))
        {
            return BadRequest("memberId is missing: send the id of one of the people listed by GET /playground/people.");
        }

        var input = InputOf(body, out var problem);
        if (input is null)
        {
            return BadRequest(problem!);
        }

        if (await PlaygroundDirectory.SpeakerAsync(workspaces, directory, body.MemberId, cancellationToken) is not { } speaker)
        {
            return BadRequest($"Nobody with id '{body.MemberId}' is in the playground workspace. Choose one of the people listed by GET /playground/people (load the demo team first if there are none).");
        }

        var logger = loggers.CreateLogger(typeof(PlaygroundEndpoints));
        LogTurn(logger, body.MemberId, body.Kind!);
        var replies = PlaygroundPictures.Inlined(await engine.HandleAsync(
            new Turn
            {
                WorkspaceId = speaker.Workspace.Id,
                Platform = ChatPlatform.Playground,
                UserId = body.MemberId,
                ConversationId = $"playground:{body.MemberId}",
                Input = input,
                SubmissionId = string.IsNullOrWhiteSpace(body.SubmissionId) ? null : $"playground:{body.SubmissionId}",
            },
            cancellationToken));
        PostToTeamChannel(inbox, speaker, replies);
        SendDirect(inbox, speaker, replies);
        return TypedResults.Json(new PlaygroundReplies(replies, time.GetUtcNow()), PlaygroundJson.Options);
    }

    private static TurnInput? InputOf(PlaygroundTurnRequest body, out string? problem)
    {
        problem = null;
        switch (body.Kind?.Trim().ToLowerInvariant())
        {
            case "command" or "text" when string.IsNullOrWhiteSpace(body.Text):
                problem = "text is missing: write a command such as \"review help\" or a message.";
                return null;
            case "command" or "text" when body.Text!.Length > MaxTextLength:
                problem = $"text is {body.Text.Length} characters long; keep it under {MaxTextLength}.";
                return null;
            case "command":
                return new CommandInput(body.Text!);
            case "text":
                return new TextInput(body.Text!);
            case "form" when string.IsNullOrWhiteSpace(body.FormId):
                problem = "formId is missing: send the formId of the form you are submitting, with its values.";
                return null;
            case "form":
                return new FormSubmission(body.FormId!, body.Values ?? []);
            case "button" when string.IsNullOrWhiteSpace(body.ActionId):
                problem = "actionId is missing: send the actionId of the button pressed.";
                return null;
            case "button":
                return new ButtonPress(body.ActionId!, body.Value);
            default:
                problem = $"kind '{body.Kind}' is not a kind of turn. Use command, text, form or button.";
                return null;
        }
    }

    /// <summary>
    /// What the engine meant for the channel (<c>review quarter post</c>) goes to the team channel view too,
    /// as Slack and Teams would post it there, so everyone on the team sees it, not only the manager.
    /// </summary>
    private static void PostToTeamChannel(PlaygroundInbox inbox, PlaygroundSpeaker speaker, IReadOnlyList<Reply> replies)
    {
        foreach (var post in replies.OfType<MessageReply>().Where(r => r.Audience == ReplyAudience.Channel && r.ToMemberId is null))
        {
            foreach (var channel in PlaygroundTeamChannel.Of(speaker.Team))
            {
                inbox.Post(speaker.Workspace.Id, channel, post, speaker.Member.Name);
            }
        }
    }

    /// <summary>
    /// What the engine meant for another person (a proposal's notice to the manager, a plan sent back to its member)
    /// goes to their inbox too, as Slack and Teams send it to them directly; the speaker's answer keeps it, labelled as
    /// sent to them, so the speaker sees what went.
    /// </summary>
    private static void SendDirect(PlaygroundInbox inbox, PlaygroundSpeaker speaker, IReadOnlyList<Reply> replies)
    {
        foreach (var direct in replies.OfType<MessageReply>().Where(r => r.ToMemberId is { } to && to != speaker.Member.Id))
        {
            inbox.Add(direct.ToMemberId!, direct, sentAfter: speaker.Member.Name);
        }
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The playground could not read this turn");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Playground turn by member {MemberId}: {InputKind}")]
    private static partial void LogTurn(ILogger logger, string memberId, string inputKind);
}
