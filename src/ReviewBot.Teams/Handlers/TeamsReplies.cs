using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Teams.Cards;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>The engine's replies as Teams message activities, each carrying an Adaptive Card.</summary>
public static class TeamsReplies
{
    /// <param name="culture">The reader's: a form's own notes (a required field) are written in it.</param>
    /// <param name="besideForm">Buttons a form's card carries under its own (a prompt's "answer in the chat").</param>
    public static IEnumerable<Activity> Activities(Reply reply, CultureInfo culture, IReadOnlyList<Button>? besideForm = null) => reply switch
    {
        FormReply form => [Card(form.Title, AdaptiveCardRenderer.Form(form, culture, besideForm))],
        MessageReply message => Activities(message),
        _ => [],
    };

    /// <summary>A message's cards: everything on them is the engine's, already in its reader's language.</summary>
    public static IEnumerable<Activity> Activities(MessageReply message) =>
        AdaptiveCardRenderer.Message(message).Select(card => Card(message.Headline, card));

    /// <summary>A message whose text is the card's summary: notifications and older clients show it.</summary>
    public static Activity Card(string summary, System.Text.Json.Nodes.JsonObject card) => new()
    {
        Type = Activity.Types.Message,
        Text = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
