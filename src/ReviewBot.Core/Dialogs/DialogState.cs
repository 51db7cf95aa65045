using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Where a person is in a turn-by-turn text dialog. Stored after every turn, so a host restart in the
/// middle of a dialog continues where it was. One open dialog per member.
/// </summary>
/// <param name="Step">Index of the question being asked in the dialog's list of steps; <see cref="NoTextDialog"/> when the record only remembers what a form questioned.</param>
/// <param name="Answers">Raw answers so far, keyed by form field id: the same keys the form uses.</param>
public sealed record DialogState(
    string WorkspaceId,
    string MemberId,
    string ConversationId,
    string TemplateId,
    Quarter Quarter,
    int WeekNumber,
    int Step,
    IReadOnlyDictionary<string, string> Answers,
    DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// The step of a record that holds no text dialog, only the values a check-in form questioned, so
    /// that the same values submitted again are taken as confirmed (see <see cref="QuestionedValues"/>).
    /// </summary>
    public const int NoTextDialog = -1;

    /// <summary>What the dialog reviews when that is not the week: the live stream's id for a stream review; null otherwise.</summary>
    public string? SubjectId { get; init; }

    public bool IsTextDialog => Step >= 0;
}
