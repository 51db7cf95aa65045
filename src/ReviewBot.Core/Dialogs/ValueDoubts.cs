using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// The plausibility check over one reading of a form: questions each doubtful value once, and lets
/// through those questioned before with the very same value.
/// </summary>
public sealed class ValueDoubts(IReadOnlyDictionary<string, decimal> questioned)
{
    private readonly Dictionary<string, decimal> _found = new(StringComparer.Ordinal);

    /// <summary>Doubtful values met in this reading, confirmed or not (field id → value).</summary>
    public IReadOnlyDictionary<string, decimal> Found => _found;

    /// <summary>The doubt to tell the person; null when the value looks fine or was confirmed.</summary>
    public ValueDoubt? Question(CheckInContext context, KeyResult keyResult, string fieldId, decimal value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(keyResult);
        var doubt = PlausibilityCheck.Check(keyResult, value, context.EarlierWeek(keyResult), context.Culture);
        if (doubt is null)
        {
            return null;
        }

        _found[fieldId] = value;
        return questioned.TryGetValue(fieldId, out var before) && before == value ? null : doubt;
    }
}
