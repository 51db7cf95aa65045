using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
        SendAsync<IReadOnlyList<TeamsMember>>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, "list members", cancellationToken);

    public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        SendAsync<TeamsMember>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}", null, "get member", cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, string operation, CancellationToken cancellationToken)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotSchemaJson.Options);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            throw new ConnectorException(operation, response.StatusCode, error.Code, error.Message);
        }

        return await response.Content.ReadFromJsonAsync<T>(BotSchemaJson.Options, cancellationToken)
            ?? throw new ConnectorException(operation, response.StatusCode, "emptyResponse", null);
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
