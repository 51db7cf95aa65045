using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Planning;

/// <summary>
/// The proposal form: one group of fields per key result proposed (objective, title, unit, start, target, basis), this
/// quarter's key results carried over first, starting where they ended, unfinished milestones offered to carry over,
/// then empty rows for new ones; this quarter's result, cause and lessons beside. The member's own and a manager's edit
/// (<see cref="PlanFormKind.ManagerEdit"/>) are the same form under another id.
/// </summary>
internal static class PlanningForm
{
    /// <summary>The <see cref="DialogState.TemplateId"/> of a planning text dialog.</summary>
    public const string TemplateId = "quarter-plan";

    /// <param name="proposal">What was proposed before (to change it), or null for a first proposal.</param>
    /// <param name="submitted">The values as submitted, shown again beside <paramref name="errors"/>; null for a fresh form.</param>
    public static FormReply Build(
        PlanningContext context,
        PlanFormKind kind,
        PlanProposal? proposal,
        IReadOnlyDictionary<string, string>? submitted,
        IReadOnlyDictionary<string, string>? errors,
        CultureInfo culture) =>
        throw new NotImplementedException(context?.Planned.Id);

    /// <summary>Reads and checks a submitted form with the import's rules; nothing is saved here.</summary>
    public static PlanFormReading Read(PlanningContext context, FormSubmission form, CultureInfo culture) =>
        throw new NotImplementedException(context?.Planned.Id);
}
