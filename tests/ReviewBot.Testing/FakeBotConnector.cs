using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Testing;

/// <summary>
/// A Bot Connector service on loopback, as a Teams serviceUrl: it creates 1:1 conversations, takes sent,
/// replied and updated activities, answers member look-ups, checks the bearer token, records every call,
/// and can be told to answer 429 with Retry-After, or to deliver an activity and then answer 500.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ConnectorCall> _calls = [];
    private readonly Dictionary<string, (string Email, string AadObjectId)> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpStatusCode> _failingConversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpStatusCode> _unreachableMembers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletedActivities = new(StringComparer.Ordinal);
    private (HttpStatusCode Status, string Body)? _memberLookupAnswer;
    private bool _dropMemberLookups;
    private TimeSpan _memberLookupDelay;
    private readonly List<(string ConversationId, string ActivityId, JsonNode? Activity)> _delivered = [];
    private int _throttleNext;
    private int _storeThenFailNext;
    private int _ids;

    private readonly Func<string, bool> _acceptsToken;

    private FakeBotConnector(WebApplication app, Func<string, bool> acceptsToken)
    {
        _app = app;
        _acceptsToken = acceptsToken;
    }

    /// <summary>The serviceUrl activities carry and the bot calls back.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <param name="acceptsToken">Whether a bearer token is one the bot's token endpoint issued.</param>
    public static async Task<FakeBotConnector> StartAsync(Func<string, bool> acceptsToken, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotConnector(app, acceptsToken);
        app.Map("/teams/v3/conversations/{**rest}", fake.HandleAsync);
        app.MapPost("/teams/v3/conversations", fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ServiceUrl = new Uri(address.TrimEnd('/') + "/teams/");
        return fake;
    }

    /// <summary>A user the members call knows: their 29: id, e-mail and Entra object id.</summary>
    public void AddMember(string userId, string email, string aadObjectId)
    {
        lock (_gate)
        {
            _members[userId] = (email, aadObjectId);
        }
    }

    /// <summary>Every member look-up answers this status and raw body, however odd (not JSON, the wrong shape, empty).</summary>
    public void AnswerMemberLookupsWith(HttpStatusCode status, string body)
    {
        lock (_gate)
        {
            _memberLookupAnswer = (status, body);
        }
    }

    /// <summary>Every member look-up has its connection dropped without an answer, as a connector that is down would.</summary>
    public void DropMemberLookups()
    {
        lock (_gate)
        {
            _dropMemberLookups = true;
        }
    }

    /// <summary>Every member look-up waits this long (real time) before it answers, so a client's timeout can fire.</summary>
    public void DelayMemberLookups(TimeSpan delay)
    {
        lock (_gate)
        {
            _memberLookupDelay = delay;
        }
    }

    public void ThrottleNext(int times = 1) => Interlocked.Exchange(ref _throttleNext, times);

    /// <summary>The next <paramref name="times"/> activities sent are delivered into their conversation, then answered 500.</summary>
    public void StoreThenFailNext(int times = 1) => Interlocked.Exchange(ref _storeThenFailNext, times);

    /// <summary>The activities delivered into a conversation (sent or replied, not updates), in order.</summary>
    public IReadOnlyList<JsonNode?> DeliveredTo(string conversationId)
    {
        lock (_gate)
        {
            return [.. _delivered.Where(d => d.ConversationId == conversationId).Select(d => d.Activity)];
        }
    }

    /// <summary>Every call into a conversation answers <paramref name="status"/>: 403 when the bot was removed or blocked, 404 when it is gone.</summary>
    public void FailConversation(string conversationId, HttpStatusCode status)
    {
        lock (_gate)
        {
            _failingConversations[conversationId] = status;
        }
    }

    /// <summary>Creating a 1:1 conversation with this Entra object id answers <paramref name="status"/> (the app is not installed for them).</summary>
    public void RefuseConversationWith(string aadObjectId, HttpStatusCode status = HttpStatusCode.Forbidden)
    {
        lock (_gate)
        {
            _unreachableMembers[aadObjectId] = status;
        }
    }

    /// <summary>Deletes a message as a person in Teams would: updating it then answers 404.</summary>
    public void DeleteActivity(string conversationId, string activityId)
    {
        lock (_gate)
        {
            _deletedActivities.Add($"{conversationId}/{activityId}");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value![("/teams/".Length - 1)..];
        JsonNode? body = null;
        if (context.Request.ContentLength > 0 || context.Request.Headers.ContentType.Count > 0)
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }

        var call = new ConnectorCall(context.Request.Method, path, context.Request.Headers.Authorization.ToString(), body);
        lock (_gate)
        {
            _calls.Add(call);
        }

        if (!call.Authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_acceptsToken(call.Authorization["Bearer ".Length..]))
        {
            await Answer(context, HttpStatusCode.Unauthorized, new JsonObject { ["error"] = new JsonObject { ["code"] = "Unauthorized", ["message"] = "Authorization has been denied" } });
            return;
        }

        if (Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            context.Response.Headers.RetryAfter = "1";
            await Answer(context, HttpStatusCode.TooManyRequests, new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests" } });
            return;
        }

        var segments = path.Trim('/').Split('/');
        if (Refusal(context.Request.Method, segments, body) is { } refused)
        {
            var code = refused switch
            {
                HttpStatusCode.Forbidden => "BotNotInConversationRoster",
                HttpStatusCode.NotFound => "ConversationNotFound",
                _ => refused.ToString(),
            };
            await Answer(context, refused, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = $"{code} at {ServiceUrl}" } });
            return;
        }

        switch (context.Request.Method, segments.Length)
        {
            case ("POST", 2):
                await Answer(context, HttpStatusCode.Created, new JsonObject { ["id"] = $"a:created-{Interlocked.Increment(ref _ids)}" });
                break;
            case ("POST", 4 or 5) when segments[3] == "activities":
                var activityId = $"activity-{Interlocked.Increment(ref _ids)}";
                lock (_gate)
                {
                    _delivered.Add((Uri.UnescapeDataString(segments[2]), activityId, body));
                }

                if (Interlocked.Decrement(ref _storeThenFailNext) >= 0)
                {
                    // Delivered, and then the answer says otherwise: what a connector's 5xx after accepting looks like.
                    await Answer(context, HttpStatusCode.InternalServerError, new JsonObject { ["error"] = new JsonObject { ["code"] = "ServiceError" } });
                    break;
                }

                await Answer(context, HttpStatusCode.OK, new JsonObject { ["id"] = activityId });
                break;
            case ("PUT", 5) when segments[3] == "activities":
                await Answer(context, HttpStatusCode.OK, new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref _ids)}" });
                break;
            case ("GET", 5) when segments[3] == "members":
                var userId = Uri.UnescapeDataString(segments[4]);
                (string Email, string AadObjectId) member;
                bool known;
                (HttpStatusCode Status, string Body)? odd;
                bool drop;
                TimeSpan delay;
                lock (_gate)
                {
                    known = _members.TryGetValue(userId, out member);
                    odd = _memberLookupAnswer;
                    drop = _dropMemberLookups;
                    delay = _memberLookupDelay;
                }

                if (delay > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(delay, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up first, which is what a delayed look-up is for.
                        break;
                    }
                }

                if (drop)
                {
                    context.Abort();
                    break;
                }

                if (odd is { } answer)
                {
                    context.Response.StatusCode = (int)answer.Status;
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync(answer.Body, context.RequestAborted);
                    break;
                }

                await Answer(context, known ? HttpStatusCode.OK : HttpStatusCode.NotFound, known
                    ? new JsonObject { ["id"] = userId, ["name"] = member.Email, ["aadObjectId"] = member.AadObjectId, ["email"] = member.Email, ["userPrincipalName"] = member.Email }
                    : new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation" } });
                break;
            default:
                await Answer(context, HttpStatusCode.NotFound, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound" } });
                break;
        }
    }

    private HttpStatusCode? Refusal(string method, string[] segments, JsonNode? body)
    {
        lock (_gate)
        {
            if (segments.Length >= 3 && _failingConversations.TryGetValue(segments[2], out var failing))
            {
                return failing;
            }

            if (method == "PUT" && segments.Length == 5 && _deletedActivities.Contains($"{segments[2]}/{segments[4]}"))
            {
                return HttpStatusCode.NotFound;
            }

            if (method == "POST" && segments.Length == 2 && body?["members"]?[0]?["aadObjectId"]?.GetValue<string>() is { } aad
                && _unreachableMembers.TryGetValue(aad, out var refused))
            {
                return refused;
            }

            return null;
        }
    }

    private static Task Answer(HttpContext context, HttpStatusCode status, JsonObject body)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <param name="Path">The path below the service URL, e.g. <c>/v3/conversations/a:1/activities/42</c>.</param>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body);
