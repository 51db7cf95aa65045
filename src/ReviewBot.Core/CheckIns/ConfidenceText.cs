using System.Globalization;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.CheckIns;

/// <summary>How confidences are named in forms and read back from what people type.</summary>
public static class ConfidenceText
{
    public static string Value(Confidence confidence) => confidence switch
    {
        Confidence.OnTrack => "on-track",
        Confidence.AtRisk => "at-risk",
        _ => "off-track",
    };

    /// <summary>The confidence as the reader's language names it: "On track", "正常".</summary>
    public static string Label(Confidence confidence, CultureInfo culture) => confidence switch
    {
        Confidence.OnTrack => CheckInText.OnTrack(culture),
        Confidence.AtRisk => CheckInText.AtRisk(culture),
        _ => CheckInText.OffTrack(culture),
    };

    /// <summary>
    /// Reads "on track", "on-track", "at risk", "off track", "1"/"2"/"3", "green"/"yellow"/"red", and the
    /// Chinese a member types ("正常", "按计划", "有风险", "偏离", "落后"), whatever the reader's language:
    /// a team writes both.
    /// </summary>
    public static bool TryRead(string? text, out Confidence confidence)
    {
        var words = (text ?? "").Trim().TrimEnd('.', '!', '。', '！').Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        confidence = words switch
        {
            "on track" or "ontrack" or "1" or "green" or "good" or "ok" => Confidence.OnTrack,
            "at risk" or "atrisk" or "2" or "yellow" or "risky" => Confidence.AtRisk,
            "off track" or "offtrack" or "3" or "red" or "behind" => Confidence.OffTrack,
            "正常" or "进展正常" or "正常推进" or "按计划" or "按计划进行" or "顺利" or "进展顺利" or "绿" or "绿色" => Confidence.OnTrack,
            "有风险" or "风险" or "有点风险" or "有些风险" or "黄" or "黄色" => Confidence.AtRisk,
            "偏离" or "已偏离" or "偏离目标" or "偏离计划" or "落后" or "落后了" or "滞后" or "红" or "红色" => Confidence.OffTrack,
            _ => (Confidence)(-1),
        };
        return Enum.IsDefined(confidence);
    }

    /// <summary>The confidence a final value implies when nobody was asked for one.</summary>
    public static Confidence FromScore(decimal score) => KeyResultScore.ColorOf(score) switch
    {
        ScoreColor.Green => Confidence.OnTrack,
        ScoreColor.Yellow => Confidence.AtRisk,
        _ => Confidence.OffTrack,
    };
}
