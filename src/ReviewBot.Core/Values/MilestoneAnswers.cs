using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>The ways people say a milestone is or is not done, in the languages the teams use.</summary>
internal static class MilestoneAnswers
{
    private static readonly Dictionary<string, decimal> Answers = Build();

    /// <summary>
    /// How the formatter writes a milestone in the culture's language ("erledigt", "完了"), so that a German or
    /// Japanese reader sees their own word; every word written here is one <see cref="TryRead"/> accepts.
    /// </summary>
    public static string Write(decimal value, CultureInfo culture)
    {
        var done = value >= MilestoneUnit.Done;
        return culture.TwoLetterISOLanguageName switch
        {
            "de" => done ? "erledigt" : "nicht erledigt",
            "fr" => done ? "fait" : "pas fait",
            "pt" => done ? "feito" : "não feito",
            "ja" => done ? "完了" : "未完了",
            "zh" => done ? "已完成" : "未完成",
            _ => done ? "done" : "not done",
        };
    }

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
            "ja", "j", "erledigt", "fertig", "oui", "fait", "terminé", "sim", "feito", "concluído", "完了", "済み",
            "是", "是的", "对", "完成", "已完成", "完成了", "做完了", "搞定", "搞定了", "已上线", "上线了",
        ];
        string[] notDone =
        [
            "no", "n", "not done", "false", "0", "open", "pending", "not yet", "❌",
            "nein", "nicht erledigt", "offen", "non", "pas fait", "não", "não feito", "pendente", "未完了", "否", "未完成",
            "没有", "还没", "还没有", "没完成", "还没完成", "进行中", "未开始",
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
