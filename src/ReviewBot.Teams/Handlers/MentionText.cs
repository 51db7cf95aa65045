using System.Text.RegularExpressions;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Removes the bot's @mention from a channel message ("&lt;at&gt;ReviewBot&lt;/at&gt; review quarter" → "review quarter"),
/// as Bot Builder's RemoveMentionText does, using the mention entities that name the bot.
/// </summary>
public static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (JsonText.Of(entity?["type"]) == "mention"
                && JsonText.Of(entity?["mentioned"]?["id"]) == activity.Recipient?.Id
                && JsonText.Of(entity?["text"]) is { Length: > 0 } mention)
            {
                text = text.Replace(mention, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Whatever mention markup is left (another client's rendering) goes too; the words stay.
        return Whitespace().Replace(AtTags().Replace(text, " "), " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
