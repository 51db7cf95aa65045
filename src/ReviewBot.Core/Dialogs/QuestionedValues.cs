using System.Globalization;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// The values a check-in has already questioned once ("did you mean 9.5%?"), kept with the member's
/// dialog state under keys no form field uses. A value questioned before is taken as meant when it comes
/// again; a different value is checked afresh. Forms keep them here because Slack shows a form's errors
/// without letting it change, so the form itself cannot carry them back.
/// </summary>
public static class QuestionedValues
{
    private const string QuestionedPrefix = "questioned|";
    private const string PendingPrefix = "pending|";

    /// <summary>Field id → value questioned for it.</summary>
    public static IReadOnlyDictionary<string, decimal> Of(IReadOnlyDictionary<string, string>? answers)
    {
        var questioned = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, text) in answers ?? new Dictionary<string, string>())
        {
            if (key.StartsWith(QuestionedPrefix, StringComparison.Ordinal)
                && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                questioned[key[QuestionedPrefix.Length..]] = value;
            }
        }

        return questioned;
    }

    public static void Remember(IDictionary<string, string> answers, string fieldId, decimal value)
    {
        ArgumentNullException.ThrowIfNull(answers);
        answers[QuestionedPrefix + fieldId] = value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The state to store after a form questioned <paramref name="values"/>: a text dialog for the same form keeps
    /// its place; pass null for anything else, which the form's record then replaces.
    /// </summary>
    public static DialogState RememberForForm(DialogState? state, CheckInContext context, string conversationId, IReadOnlyDictionary<string, decimal> values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(values);
        var answers = new Dictionary<string, string>(state?.Answers ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (fieldId, value) in values)
        {
            Remember(answers, fieldId, value);
        }

        return state is not null
            ? state with { Answers = answers, UpdatedAt = now }
            : new DialogState(context.Author.WorkspaceId, context.Author.Id, conversationId, context.Template.Id, context.Quarter, context.Week.Number, DialogState.NoTextDialog, answers, now);
    }

    /// <summary>The text dialog's key for a value it asked about and is waiting on yes or a new value for.</summary>
    public static string Pending(string fieldId) => PendingPrefix + fieldId;

    /// <summary>Values the text dialog carries over from a form's questions when it starts.</summary>
    public static Dictionary<string, string> Carried(IReadOnlyDictionary<string, string>? answers) =>
        (answers ?? new Dictionary<string, string>()).Where(a => a.Key.StartsWith(QuestionedPrefix, StringComparison.Ordinal)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
