using System.Globalization;

namespace ReviewBot.Core.CheckIns;

/// <summary>
/// A value that reads fine but looks wrong for its key result: asked about once, never refused.
/// Every text is already in the reader's own notation.
/// </summary>
/// <param name="Problem">What looks wrong, as a sentence: "950% is far above the 0–100% a percentage can be."</param>
/// <param name="Kept">The value as it would be saved: "950%".</param>
/// <param name="Suggested">What the person probably meant, when it can be worked out: "9.5%".</param>
public sealed record ValueDoubt(string Problem, string Kept, string? Suggested)
{
    /// <summary>Beside the field of a form that came back unsaved.</summary>
    /// <param name="culture">The reader's culture, the one the doubt was worked out in.</param>
    public string ForForm(CultureInfo culture) => Suggested is null
        ? CheckInText.DoubtInForm(culture, Problem, Kept)
        : CheckInText.DoubtInFormWithGuess(culture, Problem, Suggested, Kept);

    /// <summary>The text dialog's question, answered with yes or a new value.</summary>
    public string ForText(CultureInfo culture) => Suggested is null
        ? CheckInText.DoubtInText(culture, Problem, Kept)
        : CheckInText.DoubtInTextWithGuess(culture, Problem, Suggested, Kept);
}
