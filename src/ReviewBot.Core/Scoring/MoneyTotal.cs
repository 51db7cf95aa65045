namespace ReviewBot.Core.Scoring;

/// <summary>Summed targets and actuals of currency key results, in the reporting currency.</summary>
public sealed record MoneyTotal(string Currency, decimal Target, decimal Actual)
{
    public decimal Difference => Actual - Target;

    public decimal? Attainment => Target > 0m ? Actual / Target : null;
}
