namespace ReviewBot.Core.Conversation;

/// <summary>
/// A command as typed: "/review week", "review quarter 2026-Q3 @Andy", or Slack's text after "/review".
/// The leading "/review" or "review" is optional; words are split on spaces, quotes keep a phrase together.
/// </summary>
public sealed record CommandLine(string Verb, IReadOnlyList<string> Arguments)
{
    public static readonly string[] Verbs = ["help", "checkin", "me", "week", "quarter", "remind", "okrs", "retro", "leave"];

    /// <summary>Verbs only a manager may run; a member is never pointed to them.</summary>
    public static readonly string[] ManagerVerbs = ["week", "remind"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["check-in"] = "checkin",
        ["check"] = "checkin",
        ["mine"] = "me",
        ["status"] = "week",
        ["review"] = "quarter",
        ["okr"] = "okrs",
        ["retrospective"] = "retro",
        ["nudge"] = "remind",
        ["away"] = "leave",
        ["vacation"] = "leave",
        ["?"] = "help",
    };

    /// <summary>
    /// Whether the command changes anything. Only the verbs named here only answer; every other verb acts, as a
    /// verb added later does until it is shown not to. A verb nobody knows is only told so.
    /// </summary>
    public CommandEffect Effect => Verb switch
    {
        "help" or "me" or "week" or "okrs" => CommandEffect.AnswersOnly,
        _ when Verbs.Contains(Verb, StringComparer.Ordinal) => CommandEffect.ActsOnce,
        _ => CommandEffect.AnswersOnly,
    };

    public static CommandLine Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Split(text.Trim());
        if (words.Count > 0 && (words[0].Equals("/review", StringComparison.OrdinalIgnoreCase) || words[0].Equals("review", StringComparison.OrdinalIgnoreCase)))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return new CommandLine("help", []);
        }

        var verb = words[0].ToLowerInvariant();
        verb = Aliases.TryGetValue(verb, out var canonical) ? canonical : verb;
        return new CommandLine(verb, words.Skip(1).ToList());
    }

    /// <summary>True when a plain message reads as a command ("review week"), so it is treated as one.</summary>
    public static bool LooksLikeCommand(string text) =>
        text.TrimStart().StartsWith("review", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith("/review", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The valid verb closest to a mistyped one, among those the speaker may run: suggesting a manager's
    /// command to a member only leads to "Only the team's managers can …".
    /// </summary>
    public static string Closest(string verb, bool forManager)
    {
        var allowed = Verbs.Concat(Aliases.Keys)
            .Where(word => forManager || !ManagerVerbs.Contains(Aliases.GetValueOrDefault(word, word), StringComparer.Ordinal));
        var best = EditDistance.Closest(allowed, verb)!;
        return Aliases.TryGetValue(best, out var target) ? target : best;
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
