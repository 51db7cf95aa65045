using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// A way of writing money ("$", "US$", "EUR", "元") and the currencies it can stand for.
/// Some marks are shared on purpose: "$" is every dollar, "¥" is both yuan and yen.
/// </summary>
/// <param name="Spoken">How the error message names what the person wrote, in the reader's language: "EUR", "dollars", "美元".</param>
/// <param name="IsoCodes">The currencies the mark is accepted for.</param>
internal sealed record CurrencyMark(Func<CultureInfo, string> Spoken, IReadOnlySet<string> IsoCodes)
{
    public bool Names(string isoCode) => IsoCodes.Contains(isoCode);
}
