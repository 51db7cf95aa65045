namespace ReviewBot.Core.Values;

/// <summary>
/// What the separators in a run of digits turned out to mean. <see cref="Canonical"/> is the number
/// in invariant notation ("1234.5"); an ambiguous run carries both invariant readings instead.
/// </summary>
internal sealed record DigitReading(
    DigitReadingOutcome Outcome,
    string Canonical,
    char AmbiguousSeparator = '\0',
    string DecimalReading = "",
    string GroupedReading = "")
{
    public static DigitReading Read(string canonical) => new(DigitReadingOutcome.Read, canonical);

    public static DigitReading Unreadable { get; } = new(DigitReadingOutcome.Unreadable, string.Empty);

    public static DigitReading Ambiguous(char separator, string decimalReading, string groupedReading) =>
        new(DigitReadingOutcome.Ambiguous, string.Empty, separator, decimalReading, groupedReading);
}
