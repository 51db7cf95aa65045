using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Timeout;
using ReviewBot.Teams.Auth;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API on a conversation's service URL (Bot Builder's ConnectorClient): send, reply,
/// update, create a 1:1 conversation, list members. Every call carries the bot's own token.
/// </summary>
public sealed class ConnectorClient(HttpClient http, BotTokenProvider tokens)
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, "send", cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, "reply", cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "update", cancellationToken);

    /// <summary>Creates (or finds: the call is idempotent) the 1:1 conversation with a member, for proactive messages.</summary>
    public Task<ResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, "create conversation", cancellationToken);

    public Task<IReadOnlyList<TeamsMember>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<TeamsMember>>(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", "list members", cancellationToken);

    public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        ReadAsync<TeamsMember>(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}", "get member", cancellationToken);

    /// <summary>
    /// A look-up whose caller can carry on without the answer, so every way it can fail is one
    /// <see cref="ConnectorException"/>: no answer, a timeout, a refusal or a body that is not the expected JSON.
    /// Only the caller's own cancellation (the host stopping) gets through as itself.
    /// </summary>
    private async Task<T> ReadAsync<T>(string serviceUrl, string path, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync<T>(HttpMethod.Get, serviceUrl, path, null, operation, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Refused, reset, or dropped halfway through the body.
            throw new ConnectorException(operation, null, ConnectorException.Unreachable, null, e);
        }
        catch (Exception e) when (e is ExecutionRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException(operation, null, ConnectorException.NotAttempted, null, e);
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, string operation, CancellationToken cancellationToken)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotSchemaJson.Options);
        }

        var sendsActivity = ConnectorRetryRules.SendsActivity(request);
        HttpResponseMessage sent;
        try
        {
            sent = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (sendsActivity && ConnectorRetryRules.LeavesOutcomeOpen(e) && !cancellationToken.IsCancellationRequested)
        {
            // The pipeline did not send it again, since it may have arrived; the caller decides what to do.
            throw new ConnectorException(operation, null, e is TimeoutRejectedException or TaskCanceledException ? ConnectorException.NotAttempted : ConnectorException.Unreachable, null, e)
            {
                OutcomeUnknown = true,
            };
        }

        using var response = sent;
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            throw new ConnectorException(operation, response.StatusCode, error.Code, error.Message)
            {
                OutcomeUnknown = sendsActivity && (int)response.StatusCode >= 500,
            };
        }

        T? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<T>(BotSchemaJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not JSON, the wrong shape (an array for an object, a number for a string), or an unknown charset.
            throw new ConnectorException(operation, response.StatusCode, ConnectorException.MalformedResponse, null, e);
        }

        return answer ?? throw new ConnectorException(operation, response.StatusCode, "emptyResponse", null);
    }

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return (json?["error"]?["code"]?.GetValue<string>(), json?["error"]?["message"]?.GetValue<string>());
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, null);
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
