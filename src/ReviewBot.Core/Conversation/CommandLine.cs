namespace ReviewBot.Core.Conversation;

/// <summary>
/// A command as typed: "/review week", "review quarter 2026-Q3 @Andy", or Slack's text after "/review"; in
/// Chinese "复盘 季度" or, as Chinese is written, without the space, "复盘季度".
/// The leading "/review", "review" or "复盘" is optional; words are split on spaces (the ideographic one too),
/// quotes keep a phrase together.
/// </summary>
public sealed record CommandLine(string Verb, IReadOnlyList<string> Arguments)
{
    public static readonly string[] Verbs = ["help", "checkin", "me", "week", "quarter", "remind", "okrs", "retro", "leave", "stream", "streams", "plan", "lessons"];

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
        ["live"] = "stream",
        ["broadcast"] = "stream",
        ["trend"] = "streams",
        ["planning"] = "plan",
        ["proposal"] = "plan",
        ["lesson"] = "lessons",
        ["learnt"] = "lessons",
        ["learned"] = "lessons",
        ["?"] = "help",
        // The same verbs in Chinese, for teams that work in it.
        ["帮助"] = "help",
        ["签到"] = "checkin",
        ["填报"] = "checkin",
        ["打卡"] = "checkin",
        ["我的"] = "me",
        ["本周"] = "week",
        ["周报"] = "week",
        ["季度"] = "quarter",
        ["提醒"] = "remind",
        ["催办"] = "remind",
        ["目标"] = "okrs",
        ["回顾"] = "retro",
        ["请假"] = "leave",
        ["休假"] = "leave",
        ["直播"] = "stream",
        ["直播列表"] = "streams",
        ["直播趋势"] = "streams",
        ["计划"] = "plan",
        ["规划"] = "plan",
        ["经验"] = "lessons",
        ["教训"] = "lessons",
    };

    /// <summary>"review" in Chinese: what a Chinese command starts with.</summary>
    public const string ChinesePrefix = "复盘";

    /// <summary>
    /// Whether the command changes anything. Only the verbs named here only answer; every other verb acts, as a
    /// verb added later does until it is shown not to. A verb nobody knows is only told so.
    /// </summary>
    public CommandEffect Effect => Verb switch
    {
        "help" or "me" or "week" or "okrs" or "streams" or "lessons" => CommandEffect.AnswersOnly,
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
        else if (words.Count > 0 && words[0].StartsWith(ChinesePrefix, StringComparison.Ordinal))
        {
            // Chinese runs its words together: "复盘季度" is "复盘 季度".
            var glued = words[0][ChinesePrefix.Length..];
            words.RemoveAt(0);
            if (glued.Length > 0)
            {
                words.Insert(0, glued);
            }
        }

        if (words.Count == 0)
        {
            return new CommandLine("help", []);
        }

        if (ChineseVerbRunOn(words[0]) is { } chineseVerb)
        {
            // "季度2026-Q3": the verb, then what follows it.
            words.Insert(1, words[0][chineseVerb.Length..]);
            words[0] = chineseVerb;
        }

        var verb = words[0].ToLowerInvariant();
        verb = Aliases.TryGetValue(verb, out var canonical) ? canonical : verb;
        return new CommandLine(verb, words.Skip(1).ToList());
    }

    /// <summary>
    /// True when a plain message reads as a command ("review week", "复盘 季度"), so it is treated as one. In Chinese
    /// only when a verb follows "复盘" (or nothing does), since 复盘 is also the everyday word a retrospective answer
    /// may open with ("复盘发现…"), which must stay an answer.
    /// </summary>
    public static bool LooksLikeCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.TrimStart();
        if (start.StartsWith("review", StringComparison.OrdinalIgnoreCase) || start.StartsWith("/review", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!start.StartsWith(ChinesePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = start[ChinesePrefix.Length..].TrimStart();
        return rest.Length == 0 || IsVerbAtStart(rest);
    }

    private static bool IsVerbAtStart(string text)
    {
        var first = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        return Verbs.Contains(first, StringComparer.OrdinalIgnoreCase) || Aliases.ContainsKey(first) || ChineseVerbRunOn(first) is not null;
    }

    /// <summary>
    /// The Chinese verb a word starts with when something other than more Chinese follows it ("季度2026-Q3"):
    /// "目标达成率低" is a sentence about a target, not <c>okrs</c> with an argument.
    /// </summary>
    private static string? ChineseVerbRunOn(string word) =>
        Aliases.Keys.FirstOrDefault(verb => IsChinese(verb[0]) && word.Length > verb.Length
            && word.StartsWith(verb, StringComparison.Ordinal) && !IsChinese(word[verb.Length]));

    internal static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// A verb as a reader of <paramref name="culture"/> would type it: "review quarter" in English, "复盘 季度" in
    /// Chinese, so a suggestion names the words the reader uses; a verb nobody knows keeps what was typed.
    /// </summary>
    public static string Spoken(string verb, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return verb switch
        {
            "help" => ConversationText.SpokenHelp(culture),
            "checkin" => ConversationText.SpokenCheckIn(culture),
            "me" => ConversationText.SpokenMe(culture),
            "week" => ConversationText.SpokenWeek(culture),
            "quarter" => ConversationText.SpokenQuarter(culture),
            "remind" => ConversationText.SpokenRemind(culture),
            "okrs" => ConversationText.SpokenOkrs(culture),
            "retro" => ConversationText.SpokenRetro(culture),
            "leave" => ConversationText.SpokenLeave(culture),
            "stream" => ConversationText.SpokenStream(culture),
            "streams" => ConversationText.SpokenStreams(culture),
            "plan" => ConversationText.SpokenPlan(culture),
            "lessons" => ConversationText.SpokenLessons(culture),
            _ => ConversationText.SpokenUnknown(culture, verb),
        };
    }

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
