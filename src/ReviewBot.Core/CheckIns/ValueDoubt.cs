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
    public string ForForm() => $"{Problem}{DidYouMean} Save again unchanged to keep {Kept}, or correct it.";

    /// <summary>The text dialog's question, answered with yes or a new value.</summary>
    public string ForText() => $"{Problem}{DidYouMean} Reply yes to keep {Kept}, or type the value again.";

    private string DidYouMean => Suggested is null ? "" : $" Did you mean {Suggested}?";
}
