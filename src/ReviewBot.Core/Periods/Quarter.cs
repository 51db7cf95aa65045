using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewBot.Core.Periods;

/// <summary>
/// A quarter of a fiscal year. A fiscal year is named after the calendar year in which it ends,
/// so with an April start "2027-Q1" runs from April to June 2026; with a January start the two agree.
/// </summary>
public readonly partial record struct Quarter : IComparable<Quarter>
{
    public Quarter(int fiscalYear, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        FiscalYear = fiscalYear;
        Number = number;
    }

    public int FiscalYear { get; }

    public int Number { get; }

    /// <summary>The stable text form used in files and storage: "2026-Q4".</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{FiscalYear}-Q{Number}");

    public Quarter Next() => Number == 4 ? new(FiscalYear + 1, 1) : new(FiscalYear, Number + 1);

    public Quarter Previous() => Number == 1 ? new(FiscalYear - 1, 4) : new(FiscalYear, Number - 1);

    public int CompareTo(Quarter other) =>
        FiscalYear != other.FiscalYear ? FiscalYear.CompareTo(other.FiscalYear) : Number.CompareTo(other.Number);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => Id;

    /// <summary>Reads "2026-Q4", "2026Q4", "Q4 2026", "FY2026 Q4", "FY26-Q4" (case-insensitive).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quarter quarter)
    {
        quarter = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = YearFirst().Match(text.Trim());
        if (!match.Success)
        {
            match = QuarterFirst().Match(text.Trim());
        }

        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Value.Length == 2)
        {
            year += 2000;
        }

        var number = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9998 || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return true;
    }

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter)
            ? quarter
            : throw new FormatException($"'{text}' is not a quarter. Write it like 2026-Q4.");

    [GeneratedRegex(@"^(?:FY)?\s*(?<year>\d{4}|\d{2})\s*[-/ ]?\s*Q(?<q>\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^Q(?<q>\d)\s*[-/ ]?\s*(?:FY)?\s*(?<year>\d{4}|\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterFirst();
}
