namespace ReviewBot.Core.Values;

internal enum DigitReadingOutcome
{
    Read,
    Unreadable,
    Ambiguous,
}
