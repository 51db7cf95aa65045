using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Cards;

/// <summary>
/// Bodies of the HTTP answer to an <c>adaptiveCard/action</c> invoke (protocols.md §13). Teams shows a returned
/// card in place of the one whose button was pressed, and a message as a short notice.
/// </summary>
public static class AdaptiveCardInvokeResponse
{
    /// <summary>The SDK's spelling; the Adaptive Cards docs print "…adaptive.card", which Teams does not accept.</summary>
    public const string CardType = AdaptiveCardRenderer.ContentType;

    public const string MessageType = "application/vnd.microsoft.activity.message";

    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replace the card: a form again with its errors, or the result of a button.</summary>
    public static JsonObject Card(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card };
    }

    /// <summary>Keep the card and show a short text.</summary>
    public static JsonObject Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text };
    }

    /// <summary>An error Teams shows on the card: 400 for a bad action, 500 when the bot failed.</summary>
    public static JsonObject Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
    }
}
