namespace ReviewBot.Core.Scoring;

/// <summary>An objective's score: the weighted mean of its key results' scores.</summary>
public static class ObjectiveScore
{
    public static decimal Of(IEnumerable<KeyResultScore> keyResults)
    {
        ArgumentNullException.ThrowIfNull(keyResults);
        decimal weighted = 0m, weights = 0m;
        foreach (var score in keyResults)
        {
            weighted += score.Score * score.KeyResult.Weight;
            weights += score.KeyResult.Weight;
        }

        return weights == 0m ? 0m : weighted / weights;
    }
}
