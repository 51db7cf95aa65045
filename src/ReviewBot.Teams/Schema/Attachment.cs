using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Schema;

public sealed record Attachment(string ContentType, JsonNode Content)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static Attachment AdaptiveCard(JsonObject card) => new(AdaptiveCardType, card);
}
