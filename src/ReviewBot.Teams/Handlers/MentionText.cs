using System.Text.RegularExpressions;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Reads a message's mentions as the commands do: the bot's own @mention goes ("&lt;at&gt;ReviewBot&lt;/at&gt; review
/// quarter" → "review quarter"), as Bot Builder's RemoveMentionText does; a person's mention becomes the person
/// ("&lt;at&gt;Andy Miller&lt;/at&gt;" → <c>&lt;@their Entra id&gt;</c> when the team's member list knows them, else
/// <c>"@Andy Miller"</c>), so that <c>review stream add … @host @crew</c> reads the people a manager picked in Teams.
/// </summary>
public static partial class MentionText
{
    /// <param name="people">The members the mentions name: a mentioned user's 29: id → the Entra object id the member list knows.</param>
    public static string Strip(Activity activity, IReadOnlyDictionary<string, string>? people = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (JsonText.Of(entity?["type"]) != "mention" || JsonText.Of(entity?["text"]) is not { Length: > 0 } mention)
            {
                continue;
            }

            var id = JsonText.Of(entity?["mentioned"]?["id"]);
            string replacement;
            if (id == activity.Recipient?.Id)
            {
                replacement = " ";
            }
            else if (id is not null && people?.GetValueOrDefault(id) is { Length: > 0 } aadObjectId)
            {
                replacement = $" <@{aadObjectId}> ";
            }
            else if ((JsonText.Of(entity?["mentioned"]?["name"]) ?? AtTag().Match(mention).Groups[1].Value).Replace("\"", "", StringComparison.Ordinal).Trim() is { Length: > 0 } name)
            {
                // Quoted: a name of several words is still one person to the command line.
                replacement = $" \"@{name}\" ";
            }
            else
            {
                replacement = " ";
            }

            text = text.Replace(mention, replacement, StringComparison.OrdinalIgnoreCase);
        }

        // Whatever mention markup is left (another client's rendering) goes too; the words stay.
        return Whitespace().Replace(AtTags().Replace(text, " "), " ").Trim();
    }

    /// <summary>The users other than the bot that the message mentions, by their 29: id, with an Entra id when Teams sent one.</summary>
    public static IReadOnlyList<(string UserId, string? AadObjectId)> People(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Entities ?? [])
            .Where(e => JsonText.Of(e?["type"]) == "mention")
            .Select(e => (UserId: JsonText.Of(e?["mentioned"]?["id"]), AadObjectId: JsonText.Of(e?["mentioned"]?["aadObjectId"])))
            .Where(p => p.UserId is { Length: > 0 } && p.UserId != activity.Recipient?.Id)
            .Select(p => (p.UserId!, p.AadObjectId))
            .DistinctBy(p => p.Item1)];
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTags();

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
