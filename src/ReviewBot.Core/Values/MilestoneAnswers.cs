using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>The ways people say a milestone is or is not done, in the languages the teams use.</summary>
internal static class MilestoneAnswers
{
    private static readonly Dictionary<string, decimal> Answers = Build();

    public static bool TryRead(string normalized, out decimal value)
    {
        // "Done." and "yes!" are the same answers; chat punctuation should not make them unreadable.
        var answer = normalized.TrimEnd('.', '!', '。', '！');
        return Answers.TryGetValue(answer, out value);
    }

    private static Dictionary<string, decimal> Build()
    {
        string[] done =
        [
            "done", "yes", "y", "true", "1", "complete", "completed", "finished", "✅", "✔", "☑",
            "ja", "j", "erledigt", "fertig", "oui", "fait", "terminé", "是", "完成", "已完成",
        ];
        string[] notDone =
        [
            "no", "n", "not done", "false", "0", "open", "pending", "not yet", "❌",
            "nein", "nicht erledigt", "offen", "non", "pas fait", "否", "未完成",
        ];

        var answers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in done)
        {
            answers[word] = MilestoneUnit.Done;
        }

        foreach (var word in notDone)
        {
            answers[word] = MilestoneUnit.NotDone;
        }

        return answers;
    }
}
