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

    public static string Label(Confidence confidence) => confidence switch
    {
        Confidence.OnTrack => "On track",
        Confidence.AtRisk => "At risk",
        _ => "Off track",
    };

    /// <summary>Reads "on track", "on-track", "at risk", "off track", "1"/"2"/"3", "green"/"yellow"/"red".</summary>
    public static bool TryRead(string? text, out Confidence confidence)
    {
        var words = (text ?? "").Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        confidence = words switch
        {
            "on track" or "ontrack" or "1" or "green" or "good" or "ok" => Confidence.OnTrack,
            "at risk" or "atrisk" or "2" or "yellow" or "risky" => Confidence.AtRisk,
            "off track" or "offtrack" or "3" or "red" or "behind" => Confidence.OffTrack,
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
