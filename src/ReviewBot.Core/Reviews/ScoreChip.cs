using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews;

/// <summary>A score's colour as a chip a chat shows at a glance: 🟢 🟡 🔴, never the word.</summary>
public static class ScoreChip
{
    public static string Of(ScoreColor color) => color switch
    {
        ScoreColor.Green => "🟢",
        ScoreColor.Yellow => "🟡",
        _ => "🔴",
    };
}
