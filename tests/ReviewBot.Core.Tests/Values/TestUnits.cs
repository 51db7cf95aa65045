using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Tests.Values;

/// <summary>Lets theory rows name a unit in a word, since attributes cannot hold records.</summary>
internal static class TestUnits
{
    public static KeyResultUnit From(string spec) => spec switch
    {
        "%" => KeyResultUnit.Percentage,
        "milestone" => KeyResultUnit.Milestone,
        _ when spec.StartsWith("count:", StringComparison.Ordinal) => KeyResultUnit.Count(spec["count:".Length..]),
        _ => KeyResultUnit.Currency(spec),
    };

    public static decimal Decimal(string invariant) =>
        decimal.Parse(invariant, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
