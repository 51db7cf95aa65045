using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Scoring;

/// <summary>Where a key result stands at a given value: the numbers step two of the review shows.</summary>
/// <param name="Progress">Share of the way from start to target; below 0 when it moved the wrong way, above 1 when it passed the target.</param>
/// <param name="Attainment">Actual against target (target against actual for a key result that must go down); null where that ratio means nothing (zero or negative figures).</param>
/// <param name="Difference">Actual minus target, in the key result's own unit.</param>
/// <param name="Score">Progress capped to 0.0–1.0.</param>
public sealed record KeyResultScore(KeyResult KeyResult, decimal Actual, decimal Progress, decimal? Attainment, decimal Difference, decimal Score)
{
    public const decimal GreenFrom = 0.7m;
    public const decimal YellowFrom = 0.4m;

    public ScoreColor Color => ColorOf(Score);

    public static ScoreColor ColorOf(decimal score) =>
        score >= GreenFrom ? ScoreColor.Green : score >= YellowFrom ? ScoreColor.Yellow : ScoreColor.Red;

    public static KeyResultScore Of(KeyResult keyResult, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        var progress = ProgressOf(keyResult, actual);
        return new KeyResultScore(
            keyResult,
            actual,
            progress,
            AttainmentOf(keyResult, actual),
            actual - keyResult.Target,
            Math.Clamp(progress, 0m, 1m));
    }

    /// <summary>The <see cref="Score"/> alone, for the many weekly values a review scores without needing the rest.</summary>
    public static decimal ScoreOf(KeyResult keyResult, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return Math.Clamp(ProgressOf(keyResult, actual), 0m, 1m);
    }

    /// <summary>The score of a key result nobody has checked in on yet: it stands at its start.</summary>
    public static KeyResultScore NotStarted(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return Of(keyResult, keyResult.Start);
    }

    private static decimal ProgressOf(KeyResult keyResult, decimal actual)
    {
        if (keyResult.Unit is MilestoneUnit)
        {
            return actual >= MilestoneUnit.Done ? 1m : 0m;
        }

        var span = keyResult.Target - keyResult.Start;
        if (span == 0m)
        {
            // A key result that must hold its level: met or not.
            return actual >= keyResult.Target ? 1m : 0m;
        }

        return (actual - keyResult.Start) / span;
    }

    private static decimal? AttainmentOf(KeyResult keyResult, decimal actual)
    {
        if (keyResult.Unit is MilestoneUnit)
        {
            return actual >= MilestoneUnit.Done ? 1m : 0m;
        }

        return keyResult.Direction switch
        {
            Direction.Increase when keyResult.Target > 0m && actual >= 0m => actual / keyResult.Target,
            Direction.Decrease when keyResult.Target > 0m && actual > 0m => keyResult.Target / actual,
            _ => null,
        };
    }
}
