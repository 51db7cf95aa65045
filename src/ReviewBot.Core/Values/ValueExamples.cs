using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>
/// The two sample values every error message offers, written in the person's own notation so
/// that copying the example is always right: "3.2M or 3,200,000", "3,2 Mio. or 3.200.000".
/// </summary>
internal static class ValueExamples
{
    private const decimal SampleAmount = 3_200_000m;
    private const decimal SamplePercentage = 12.5m;

    public static (string Short, string Long) For(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        CurrencyUnit => (CompactStyle.For(unit, culture).Format(SampleAmount, culture), NumberText.Grouped(SampleAmount, culture)),
        PercentageUnit => (NumberText.Percent(SamplePercentage, culture), NumberText.Grouped(SamplePercentage, culture)),
        MilestoneUnit => (MilestoneAnswers.Write(MilestoneUnit.Done, culture), MilestoneAnswers.Write(MilestoneUnit.NotDone, culture)),
        // 万 is how a Chinese reader shortens any count; elsewhere "k" reads in every culture, the safest short form to suggest.
        _ when culture.TwoLetterISOLanguageName == "zh" => ("42", CompactStyle.For(unit, culture).Format(12_000m, culture)),
        _ => ("42", NumberText.Grouped(1.2m, culture) + "k"),
    };
}
