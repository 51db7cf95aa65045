using ReviewBot.Core.Conversation;
using ReviewBot.Teams.Cards;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>The engine's replies as Teams message activities, each carrying an Adaptive Card.</summary>
public static class TeamsReplies
{
    public static IEnumerable<Activity> Activities(Reply reply) => reply switch
    {
        FormReply form => [Card(form.Title, AdaptiveCardRenderer.Form(form))],
        MessageReply message => AdaptiveCardRenderer.Message(message).Select(card => Card(message.Headline, card)),
        _ => [],
    };

    /// <summary>A message whose text is the card's summary: notifications and older clients show it.</summary>
    private static Activity Card(string summary, System.Text.Json.Nodes.JsonObject card) => new()
    {
        Type = Activity.Types.Message,
        Text = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
