namespace ReviewBot.Core.Planning;

/// <summary>A planning form read back: the key results proposed when every field is valid, else the error beside each wrong field.</summary>
/// <param name="KeyResults">Null when <paramref name="Errors"/> holds any.</param>
/// <param name="Errors">By field id; a key of "" is an error about the form as a whole.</param>
internal sealed record PlanFormReading(IReadOnlyList<ProposedKeyResult>? KeyResults, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => KeyResults is not null && Errors.Count == 0;
}
