using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>What a key result is measured in, as a question or an error names it in the reader's language.</summary>
internal static class UnitWords
{
    /// <summary>"a USD amount", "以 USD 计的金额", "a number of accounts", "a percentage", "百分比".</summary>
    public static string Describe(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        CurrencyUnit currency => ValueErrorText.AnAmountIn(culture, currency.IsoCode),
        CountUnit count => ValueErrorText.ANumberOf(culture, count.Name),
        PercentageUnit => ValueErrorText.APercentage(culture),
        _ => ValueErrorText.AMilestone(culture),
    };
}
