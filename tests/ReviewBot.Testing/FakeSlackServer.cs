using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Testing;

/// <summary>
/// Slack's Web API on loopback (real Kestrel, 127.0.0.1, a free port): the methods ReviewBot calls, with
/// plausible answers, bearer-token checks, a record of every call, an optional per-method rate limit and
/// scripted failures. Point <c>Slack:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    public const string DefaultBotToken = "xoxb-1111-2222-FAKEtokenDoNotLog";
    public const string TeamId = "T0FAKE";
    public const string BotUserId = "U0BOT";
    public const string BotId = "B0BOT";

    private const string JsonType = "application/json; charset=utf-8";

    private readonly WebApplication app;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly HashSet<string> tokens = new(StringComparer.Ordinal);
    private readonly List<SlackCall> calls = [];
    private readonly Dictionary<string, Queue<FakeSlackAnswer>> scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<FakeSlackAnswer>> targetScripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Calls, TimeSpan Window)> rateLimits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> admitted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeSlackUser> users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> directMessages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeSlackUpload> uploads = new(StringComparer.Ordinal);
    private long sequence;
    private FakeSlackLimits? slackLimits;
    private readonly Dictionary<string, Queue<DateTimeOffset>> slackLimitWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<TimeSpan>> slowCalls = new(StringComparer.Ordinal);

    private FakeSlackServer(WebApplication app, string botToken, TimeProvider time)
    {
        this.app = app;
        this.time = time;
        BotToken = botToken;
        tokens.Add(botToken);
        SocketMode = new FakeSlackSocketMode(() => BaseAddress);
    }

    /// <summary>Socket Mode on the same server: apps.connections.open and the connections it hands out.</summary>
    public FakeSlackSocketMode SocketMode { get; }

    /// <summary>The token the fake accepts (more with <see cref="AcceptToken"/>).</summary>
    public string BotToken { get; }

    /// <summary>e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What <c>Slack:ApiBaseUrl</c> should be: <see cref="BaseAddress"/> + <c>api/</c>, as on slack.com.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    /// <summary>Seconds advertised in Retry-After by the rate limit.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Every call so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<SlackCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>Files handed an upload URL so far (a snapshot).</summary>
    public IReadOnlyList<FakeSlackUpload> Uploads
    {
        get
        {
            lock (gate)
            {
                return [.. uploads.Values];
            }
        }
    }

    public static async Task<FakeSlackServer> StartAsync(
        string botToken = DefaultBotToken, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlackServer(app, botToken, time ?? TimeProvider.System);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", fake.SocketMode.OpenConnectionAsync);
        app.Map("/link", fake.SocketMode.AcceptAsync);
        app.Map("/api/{method}", fake.HandleApiAsync);
        app.MapPost("/upload/{fileId}", fake.HandleUploadAsync);
        app.MapPost("/response/{id}", fake.HandleResponseUrlAsync);
        app.MapGet("/oauth/v2/authorize", fake.Authorize);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    /// <summary>A response_url as Slack would put in a command or interaction; posts to it are recorded as method "response_url".</summary>
    public Uri ResponseUrl(string id) => new(BaseAddress, $"response/{id}");

    /// <summary>The messages Slack holds now (posted, then maybe updated): channel, ts and text.</summary>
    public IReadOnlyList<(string Channel, string Ts, string Text)> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages.Select(m => (m.Key[..m.Key.IndexOf('/', StringComparison.Ordinal)], m.Key[(m.Key.IndexOf('/', StringComparison.Ordinal) + 1)..], m.Value))];
            }
        }
    }

    public IReadOnlyList<SlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    /// <summary>Another workspace's token, for clients made with WithAccessToken.</summary>
    public void AcceptToken(string token)
    {
        lock (gate)
        {
            tokens.Add(token);
        }
    }

    public void AddUser(FakeSlackUser user)
    {
        lock (gate)
        {
            users[user.Id] = user;
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get <paramref name="answer"/>, before any other check.</summary>
    public void ScriptNext(string method, FakeSlackAnswer answer, int times = 1)
    {
        lock (gate)
        {
            if (!scripts.TryGetValue(method, out var queue))
            {
                scripts[method] = queue = new Queue<FakeSlackAnswer>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(answer);
            }
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> are taken in only after
    /// <paramref name="delay"/>, as a call held up on its way or in Slack's front end: Slack counts it against its
    /// limits (and answers it) that much later than it was sent.
    /// </summary>
    public void TakeInLate(string method, TimeSpan delay, int times = 1)
    {
        lock (gate)
        {
            if (!slowCalls.TryGetValue(method, out var queue))
            {
                slowCalls[method] = queue = new Queue<TimeSpan>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(delay);
            }
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls concerning one user or channel get <paramref name="answer"/>, whatever the
    /// method: conversations.open for that user, or a post or update in that channel or in the user's DM.
    /// </summary>
    public void ScriptFor(string userOrChannelId, FakeSlackAnswer answer, int times = 1)
    {
        lock (gate)
        {
            if (!targetScripts.TryGetValue(userOrChannelId, out var queue))
            {
                targetScripts[userOrChannelId] = queue = new Queue<FakeSlackAnswer>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(answer);
            }
        }
    }

    /// <summary>Deletes a message as a person in Slack would: chat.update on it then answers message_not_found.</summary>
    public void DeleteMessage(string channel, string ts)
    {
        lock (gate)
        {
            messages.Remove($"{channel}/{ts}");
        }
    }

    /// <summary>The DM channel id Slack gave the conversation with a user, once opened.</summary>
    public string? DirectMessageWith(string userId)
    {
        lock (gate)
        {
            return directMessages.GetValueOrDefault(userId);
        }
    }

    /// <summary>The next calls answer an HTTP error with a non-JSON body (500 unless told).</summary>
    public void FailNext(string method, int times = 1, HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        ScriptNext(method, status == HttpStatusCode.TooManyRequests ? FakeSlackAnswer.RateLimited(RetryAfterSeconds) : FakeSlackAnswer.ServerError(status), times);

    /// <summary>The next calls answer HTTP 200 <c>{"ok":false,"error":…}</c>.</summary>
    public void FailNextWithError(string method, string error, int times = 1, params string[] responseMessages) =>
        ScriptNext(method, FakeSlackAnswer.Error(error, responseMessages), times);

    /// <summary>At most <paramref name="calls"/> calls of <paramref name="method"/> per <paramref name="window"/>; more get 429.</summary>
    public void RateLimit(string method, int calls, TimeSpan window)
    {
        lock (gate)
        {
            rateLimits[method] = (calls, window);
        }
    }

    #region Slack's own rate limits

    /// <summary>
    /// Enforces Slack's per-method limits as Slack does: beyond them a call gets 429 with the seconds until it
    /// would be admitted in <c>Retry-After</c>, and does nothing. Null limits turn them off again.
    /// </summary>
    public void EnforceSlackLimits(FakeSlackLimits? limits = null)
    {
        lock (gate)
        {
            slackLimits = limits ?? new FakeSlackLimits();
            slackLimitWindows.Clear();
        }
    }

    /// <summary>Turns <see cref="EnforceSlackLimits"/> off.</summary>
    public void StopEnforcingSlackLimits()
    {
        lock (gate)
        {
            slackLimits = null;
        }
    }

    /// <summary>The 429 a call over one of Slack's limits gets, or null when it is within them. Caller holds the gate.</summary>
    private FakeSlackAnswer? OverSlackLimit(SlackCall call, DateTimeOffset at)
    {
        if (slackLimits is not { } limits)
        {
            return null;
        }

        foreach (var (bucket, calls, window) in limits.BucketsOf(call))
        {
            if (!slackLimitWindows.TryGetValue(bucket, out var admittedAt))
            {
                slackLimitWindows[bucket] = admittedAt = new Queue<DateTimeOffset>();
            }

            while (admittedAt.TryPeek(out var oldest) && oldest <= at - window)
            {
                admittedAt.Dequeue();
            }

            if (admittedAt.Count >= calls)
            {
                var wait = admittedAt.Peek() + window - at;
                return FakeSlackAnswer.RateLimited(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }
        }

        foreach (var (bucket, _, _) in limits.BucketsOf(call))
        {
            slackLimitWindows[bucket].Enqueue(at);
        }

        return null;
    }

    #endregion

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleApiAsync(HttpContext context)
    {
        var method = (string)context.Request.RouteValues["method"]!;
        TimeSpan? late;
        lock (gate)
        {
            late = slowCalls.TryGetValue(method, out var slow) && slow.TryDequeue(out var delay) ? delay : null;
        }

        if (late is { } holdUp)
        {
            await Task.Delay(holdUp, time, context.RequestAborted);
        }

        var at = time.GetUtcNow();
        var raw = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var contentType = context.Request.ContentType;
        JsonNode? json = null;
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Request.Query)
        {
            form[key] = value.ToString();
        }

        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            json = TryParse(raw);
        }
        else if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(raw))
            {
                form[key] = value.ToString();
            }
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new SlackCall(method, at, headers, contentType, json, form, 0);
        var answer = Answer(call, context.Request.Headers.Authorization.ToString(), at);
        if (await AnswerLostAsync(call, answer, context))
        {
            return;
        }

        answer = AnswerAfterStoring(call, answer);

        lock (gate)
        {
            calls.Add(call with { StatusCode = (int)answer.Status });
        }

        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private async Task HandleResponseUrlAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (gate)
        {
            calls.Add(new SlackCall("response_url", time.GetUtcNow(), headers, context.Request.ContentType, body, new Dictionary<string, string> { ["id"] = (string)context.Request.RouteValues["id"]! }, StatusCodes.Status200OK));
        }

        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("ok", context.RequestAborted);
    }

    private async Task HandleUploadAsync(HttpContext context)
    {
        var fileId = (string)context.Request.RouteValues["fileId"]!;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        bool known;
        lock (gate)
        {
            known = uploads.TryGetValue(fileId, out var upload);
            if (upload is not null)
            {
                uploads[fileId] = upload with { Content = buffer.ToArray(), UploadAuthorization = context.Request.Headers.Authorization.ToString() };
            }
        }

        context.Response.StatusCode = known ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(known ? $"OK - {buffer.Length}" : "not found", context.RequestAborted);
    }

    private FakeSlackAnswer Answer(SlackCall call, string authorization, DateTimeOffset at)
    {
        lock (gate)
        {
            if (scripts.TryGetValue(call.Method, out var queue) && queue.TryDequeue(out var scripted))
            {
                return scripted;
            }

            foreach (var target in Targets(call))
            {
                if (targetScripts.TryGetValue(target, out var targeted) && targeted.TryDequeue(out var answer))
                {
                    return answer;
                }
            }

            if (OverSlackLimit(call, at) is { } limited)
            {
                return limited;
            }

            if (rateLimits.TryGetValue(call.Method, out var limit))
            {
                if (!admitted.TryGetValue(call.Method, out var recent))
                {
                    admitted[call.Method] = recent = [];
                }

                recent.RemoveAll(t => t <= at - limit.Window);
                if (recent.Count >= limit.Calls)
                {
                    return FakeSlackAnswer.RateLimited(RetryAfterSeconds);
                }

                recent.Add(at);
            }

            if (call.Method == "oauth.v2.access")
            {
                return OAuthAccess(call);
            }

            if (string.IsNullOrEmpty(authorization))
            {
                return Error("not_authed");
            }

            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.Contains(authorization["Bearer ".Length..]))
            {
                return Error("invalid_auth");
            }

            return call.Method switch
            {
                "auth.test" => Ok(new JsonObject
                {
                    ["url"] = "https://fake-team.slack.com/",
                    ["team"] = "Fake Team",
                    ["user"] = "reviewbot",
                    ["team_id"] = TeamOfToken(authorization),
                    ["user_id"] = BotUserId,
                    ["bot_id"] = BotId,
                    ["is_enterprise_install"] = false,
                }),
                "chat.postMessage" => PostMessage(call, at),
                "chat.update" => UpdateMessage(call),
                "chat.postEphemeral" => PostEphemeral(call, at),
                "conversations.open" => OpenConversation(call),
                "conversations.history" => History(call),
                "users.info" => UserInfo(call),
                "views.open" => OpenView(call, at),
                "views.update" => UpdateView(call, at),
                "views.publish" => PublishView(call, at),
                "files.getUploadURLExternal" => GetUploadUrl(call),
                "files.completeUploadExternal" => CompleteUpload(call),
                _ => Error("unknown_method"),
            };
        }
    }

    /// <summary>Who or where a call is about: the users opened, the channel, and the user whose DM the channel is.</summary>
    private IEnumerable<string> Targets(SlackCall call)
    {
        foreach (var user in (call.Arg("users") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return user;
        }

        if (call.Arg("channel") is { Length: > 0 } channel)
        {
            yield return channel;
            foreach (var (user, dm) in directMessages.Where(d => d.Value == channel).ToList())
            {
                yield return user;
            }
        }
    }

    private FakeSlackAnswer PostMessage(SlackCall call, DateTimeOffset at)
    {
        if (call.Arg("channel") is not { Length: > 0 } channel)
        {
            return Error("channel_not_found");
        }

        if (string.IsNullOrEmpty(call.Arg("text")) && call.JsonArg("blocks") is null)
        {
            return Error("no_text");
        }

        // Posting to a user id lands in the DM with them, and Slack answers with the DM's id.
        if (channel.StartsWith('U'))
        {
            channel = DirectMessage(channel);
        }

        var ts = NextTs(at);
        messages[$"{channel}/{ts}"] = call.Arg("text") ?? "";
        KeepInHistory(channel, ts, call);
        return Ok(new JsonObject
        {
            ["channel"] = channel,
            ["ts"] = ts,
            ["message"] = new JsonObject { ["type"] = "message", ["text"] = call.Arg("text"), ["ts"] = ts, ["bot_id"] = BotId, ["user"] = BotUserId },
        });
    }

    private FakeSlackAnswer UpdateMessage(SlackCall call)
    {
        var key = $"{call.Arg("channel")}/{call.Arg("ts")}";
        if (!messages.ContainsKey(key))
        {
            return Error("message_not_found");
        }

        messages[key] = call.Arg("text") ?? "";
        return Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts"), ["text"] = call.Arg("text") });
    }

    private FakeSlackAnswer PostEphemeral(SlackCall call, DateTimeOffset at) =>
        call.Arg("channel") is not { Length: > 0 } ? Error("channel_not_found")
        : call.Arg("user") is not { Length: > 0 } ? Error("user_not_found")
        : Ok(new JsonObject { ["message_ts"] = NextTs(at) });

    private FakeSlackAnswer OpenConversation(SlackCall call)
    {
        var ids = (call.Arg("users") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length is < 1 or > 8)
        {
            return Error(ids.Length == 0 ? "users_list_not_supplied" : "too_many_users");
        }

        var id = ids.Length == 1 ? DirectMessage(ids[0]) : "G" + string.Join("", ids.Order(StringComparer.Ordinal)).GetHashCode(StringComparison.Ordinal).ToString("X8", CultureInfo.InvariantCulture);
        return Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = id } });
    }

    private FakeSlackAnswer UserInfo(SlackCall call)
    {
        if (call.Arg("user") is not { } id || !users.TryGetValue(id, out var user))
        {
            return Error("user_not_found");
        }

        var body = new JsonObject
        {
            ["id"] = user.Id,
            ["team_id"] = user.TeamId,
            ["name"] = user.Name,
            ["real_name"] = user.Name,
            ["deleted"] = false,
            ["is_bot"] = false,
            ["tz"] = user.Tz,
            ["tz_label"] = user.Tz,
            ["tz_offset"] = user.TzOffset,
            ["profile"] = new JsonObject { ["email"] = user.Email, ["display_name"] = user.Name, ["real_name"] = user.Name },
        };
        if (call.Arg("include_locale") == "true")
        {
            body["locale"] = user.Locale;
        }

        return Ok(new JsonObject { ["user"] = body });
    }

    private FakeSlackAnswer OpenView(SlackCall call, DateTimeOffset at)
    {
        if (string.IsNullOrEmpty(call.Arg("trigger_id")) || call.JsonArg("view") is not JsonObject view)
        {
            return Error("invalid_arguments");
        }

        return Ok(new JsonObject { ["view"] = StoreView("V" + Next(), view, at) });
    }

    private FakeSlackAnswer UpdateView(SlackCall call, DateTimeOffset at)
    {
        if (call.JsonArg("view") is not JsonObject view)
        {
            return Error("invalid_arguments");
        }

        if (call.Arg("view_id") is not { } id || !views.TryGetValue(id, out var current))
        {
            return Error("not_found");
        }

        if (call.Arg("hash") is { } hash && hash != (string?)current["hash"])
        {
            return Error("hash_conflict");
        }

        return Ok(new JsonObject { ["view"] = StoreView(id, view, at) });
    }

    private FakeSlackAnswer PublishView(SlackCall call, DateTimeOffset at)
    {
        if (call.Arg("user_id") is not { Length: > 0 } user || call.JsonArg("view") is not JsonObject view)
        {
            return Error("invalid_arguments");
        }

        // One Home view per user: publishing replaces it and keeps its id.
        var id = "VH" + user;
        if (call.Arg("hash") is { } hash && views.TryGetValue(id, out var current) && hash != (string?)current["hash"])
        {
            return Error("hash_conflict");
        }

        return Ok(new JsonObject { ["view"] = StoreView(id, view, at) });
    }

    private FakeSlackAnswer GetUploadUrl(SlackCall call)
    {
        if (call.Arg("filename") is not { Length: > 0 } filename || !long.TryParse(call.Arg("length"), CultureInfo.InvariantCulture, out var length))
        {
            return Error("invalid_arguments");
        }

        var fileId = "F" + Next();
        uploads[fileId] = new FakeSlackUpload(fileId, filename, length, null, false, null, null, null, null);
        return Ok(new JsonObject { ["upload_url"] = new Uri(BaseAddress, $"upload/{fileId}").ToString(), ["file_id"] = fileId });
    }

    private FakeSlackAnswer CompleteUpload(SlackCall call)
    {
        if (call.JsonArg("files") is not JsonArray files || files.Count == 0)
        {
            return Error("invalid_arguments");
        }

        var done = new JsonArray();
        foreach (var file in files)
        {
            var id = (string?)file?["id"];
            if (id is null || !uploads.TryGetValue(id, out var upload) || upload.Content is null || upload.Completed)
            {
                return Error("file_not_found");
            }

            var title = (string?)file?["title"] ?? upload.Filename;
            uploads[id] = upload with { Completed = true, Title = title, ChannelId = call.Arg("channel_id"), InitialComment = call.Arg("initial_comment") };
            done.Add(new JsonObject
            {
                ["id"] = id,
                ["title"] = title,
                ["name"] = upload.Filename,
                ["permalink"] = $"https://fake-team.slack.com/files/{BotUserId}/{id}/{upload.Filename}",
            });
        }

        return Ok(new JsonObject { ["files"] = done });
    }

    private JsonObject StoreView(string id, JsonObject submitted, DateTimeOffset at)
    {
        var view = (JsonObject)submitted.DeepClone();
        view["id"] = id;
        view["team_id"] = TeamId;
        view["hash"] = $"{at.ToUnixTimeSeconds()}.{Next()}";
        views[id] = view;
        return (JsonObject)view.DeepClone();
    }

    private string DirectMessage(string userId)
    {
        if (!directMessages.TryGetValue(userId, out var id))
        {
            directMessages[userId] = id = "D" + Next();
        }

        return id;
    }

    private string NextTs(DateTimeOffset at) => $"{at.ToUnixTimeSeconds()}.{Interlocked.Increment(ref sequence) % 1_000_000:D6}";

    private string Next() => Interlocked.Increment(ref sequence).ToString("D6", CultureInfo.InvariantCulture);

    private static FakeSlackAnswer Ok(JsonObject body)
    {
        var answer = new JsonObject { ["ok"] = true };
        foreach (var (name, value) in body)
        {
            answer[name] = value?.DeepClone();
        }

        return new FakeSlackAnswer(HttpStatusCode.OK, JsonType, answer.ToJsonString());
    }

    private static FakeSlackAnswer Error(string error) => FakeSlackAnswer.Error(error);

    private static JsonNode? TryParse(string raw)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
