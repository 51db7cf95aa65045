using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Slack's Web API, one property per method family as in SlackNet (<c>client.Chat.PostMessageAsync</c>).
/// A typed HttpClient: base address, retries (429 always; 5xx and timeouts only where a repeat is harmless,
/// <see cref="SlackRetryRules"/>) and timeouts come from <see cref="SlackApiRegistration.AddSlackApi"/>.
/// Every answer is checked for <c>ok</c>; a failure is a <see cref="SlackApiException"/>, never a null.
/// </summary>
public sealed class SlackApiClient
{
    private readonly HttpClient http;
    private readonly string? accessToken;
    private readonly ILogger logger;

    public SlackApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
        : this(http, options.Value.BotToken, logger)
    {
    }

    private SlackApiClient(HttpClient http, string? accessToken, ILogger logger)
    {
        this.http = http;
        this.accessToken = accessToken;
        this.logger = logger;
        Apps = new AppsApi(this);
        Chat = new ChatApi(this);
        Conversations = new ConversationsApi(this);
        Users = new UsersApi(this);
        Views = new ViewsApi(this);
        Files = new FilesApi(this);
        Auth = new AuthApi(this);
        OAuth = new OAuthApi(this);
    }

    /// <summary>Socket Mode's connections; only with the app-level token.</summary>
    public AppsApi Apps { get; }

    public ChatApi Chat { get; }

    public ConversationsApi Conversations { get; }

    public UsersApi Users { get; }

    public ViewsApi Views { get; }

    public FilesApi Files { get; }

    public AuthApi Auth { get; }

    public OAuthApi OAuth { get; }

    /// <summary>The same client speaking for another workspace (OAuth installs keep one bot token per team).</summary>
    public SlackApiClient WithAccessToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new SlackApiClient(http, token, logger);
    }

    internal Task<JsonObject> PostJsonAsync<TRequest>(string method, TRequest body, CancellationToken cancellationToken) =>
        SendAsync(method, JsonContent.Create(body, options: SlackJson.Options), cancellationToken);

    /// <summary>For the methods that read form arguments only (users.info, files.*UploadURLExternal).</summary>
    internal Task<JsonObject> PostFormAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken) =>
        SendAsync(method, new FormUrlEncodedContent(arguments), cancellationToken);

    /// <summary>For oauth.v2.access, which the app's client id and secret authorise in its arguments, never a bot token.</summary>
    internal Task<JsonObject> PostFormWithoutTokenAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken) =>
        SendAsync(method, new FormUrlEncodedContent(arguments), cancellationToken, withToken: false);

    /// <summary>
    /// Sends file bytes to a pre-signed <c>upload_url</c>. No Authorization header: the URL is its own
    /// credential and lives on another host, which must never see the bot token.
    /// </summary>
    internal async Task UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        // A label for logs and errors: this is the upload URL, not a Web API method.
        const string method = "upload_url";
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        SlackApiLog.Calling(logger, method);
        using var response = await SendWithRetriesAsync(method, request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            SlackApiLog.NotSlackResponse(logger, method, response.StatusCode, response.Content.Headers.ContentType?.MediaType);
            throw SlackApiException.FromHttpStatus(method, response.StatusCode);
        }
    }

    private async Task<JsonObject> SendAsync(string method, HttpContent content, CancellationToken cancellationToken, bool withToken = true)
    {
        if (withToken && string.IsNullOrWhiteSpace(accessToken))
        {
            content.Dispose();
            throw new InvalidOperationException($"Slack {method} needs a bot token; set Slack:BotToken.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(method, UriKind.Relative)) { Content = content };
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        SlackApiLog.Calling(logger, method);
        using var response = await SendWithRetriesAsync(method, request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return Check(method, response, body);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The resilience handler registered on this typed client retries inside this one call.
            var response = await http.SendAsync(request, cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            SlackApiLog.Answered(logger, method, (int)response.StatusCode, elapsedMs);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            SlackApiLog.Unreachable(logger, method, e);
            throw SlackApiException.RequestFailed(method, e);
        }
    }

    private JsonObject Check(string method, HttpResponseMessage response, string body)
    {
        var answer = TryParse(body);
        if (answer?["ok"] is not JsonValue ok || ok.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            SlackApiLog.NotSlackResponse(logger, method, response.StatusCode, response.Content.Headers.ContentType?.MediaType);
            throw response.IsSuccessStatusCode
                ? SlackApiException.InvalidResponse(method, "no JSON body with 'ok'", response.StatusCode, answered: true)
                : SlackApiException.FromHttpStatus(method, response.StatusCode);
        }

        if (ok.GetValue<bool>() && response.StatusCode == HttpStatusCode.OK)
        {
            return answer;
        }

        var error = answer["error"] is JsonValue e && e.GetValueKind() == JsonValueKind.String
            ? e.GetValue<string>()
            : SlackApiException.HttpError;
        var messages = answer["response_metadata"]?["messages"] is JsonArray list
            ? list.OfType<JsonValue>().Where(m => m.GetValueKind() == JsonValueKind.String).Select(m => m.GetValue<string>()).ToList()
            : [];
        SlackApiLog.SlackError(logger, method, error);
        throw SlackApiException.FromSlack(method, error, response.StatusCode, messages);
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
