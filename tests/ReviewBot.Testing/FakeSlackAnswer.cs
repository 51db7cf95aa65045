using System.Net;

namespace ReviewBot.Testing;

/// <summary>A canned answer for <see cref="FakeSlackServer.ScriptNext"/>.</summary>
public sealed record FakeSlackAnswer(HttpStatusCode Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>What a proxy in front of Slack says when it is down: not JSON.</summary>
    public static FakeSlackAnswer ServerError(HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        new(status, "text/html; charset=utf-8", "<html><body>upstream error</body></html>");

    /// <summary>Slack's throttling answer: 429, Retry-After in seconds, <c>ratelimited</c>.</summary>
    public static FakeSlackAnswer RateLimited(int retryAfterSeconds = 1) =>
        new(HttpStatusCode.TooManyRequests, "application/json; charset=utf-8", """{"ok":false,"error":"ratelimited"}""",
            new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Slack's usual failure: HTTP 200 with ok:false, the code and optional response_metadata.messages.</summary>
    public static FakeSlackAnswer Error(string error, params string[] messages)
    {
        var body = new System.Text.Json.Nodes.JsonObject { ["ok"] = false, ["error"] = error };
        if (messages.Length > 0)
        {
            body["response_metadata"] = new System.Text.Json.Nodes.JsonObject
            {
                ["messages"] = new System.Text.Json.Nodes.JsonArray([.. messages.Select(m => (System.Text.Json.Nodes.JsonNode?)m)]),
            };
        }

        return new(HttpStatusCode.OK, "application/json; charset=utf-8", body.ToJsonString());
    }
}
