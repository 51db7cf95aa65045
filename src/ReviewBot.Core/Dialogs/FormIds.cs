using System.Globalization;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Dialogs;

/// <summary>The ids of forms and their fields. Field ids are shared by the form and the text dialog.</summary>
public static class FormIds
{
    private const string CheckInPrefix = "checkin|";
    private const string StreamReviewPrefix = "stream|";

    private static readonly (PlanFormKind Kind, string Prefix)[] PlanPrefixes =
    [
        (PlanFormKind.Proposal, "plan|"),
        (PlanFormKind.ManagerEdit, "plan-edit|"),
        (PlanFormKind.SendBack, "plan-back|"),
        (PlanFormKind.ExchangeRates, "plan-rates|"),
        (PlanFormKind.TeamTarget, "plan-target|"),
    ];

    /// <summary>The form's id names whose it is, so a person on several teams answers for the right one.</summary>
    public static string CheckIn(string templateId, Quarter quarter, int week, string memberId) =>
        string.Create(CultureInfo.InvariantCulture, $"{CheckInPrefix}{templateId}|{quarter.Id}|{week}|{memberId}");

    public static bool TryReadCheckIn(string formId, out string templateId, out Quarter quarter, out int week, out string? memberId)
    {
        ArgumentNullException.ThrowIfNull(formId);
        templateId = "";
        quarter = default;
        week = 0;
        memberId = null;
        var parts = formId.Split('|');
        var read = formId.StartsWith(CheckInPrefix, StringComparison.Ordinal)
            && parts.Length is 4 or 5
            && (templateId = parts[1]).Length > 0
            && Quarter.TryParse(parts[2], out quarter)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out week);
        memberId = read && parts.Length == 5 ? parts[4] : null;
        return read;
    }

    /// <summary>A live-stream review's form: the template, the stream it reviews and whose answers it holds.</summary>
    public static string StreamReview(string templateId, string streamId, string memberId) =>
        $"{StreamReviewPrefix}{templateId}|{streamId}|{memberId}";

    public static bool TryReadStreamReview(string formId, out string templateId, out string streamId, out string memberId)
    {
        ArgumentNullException.ThrowIfNull(formId);
        var parts = formId.Split('|');
        var read = formId.StartsWith(StreamReviewPrefix, StringComparison.Ordinal) && parts.Length == 4 && parts.Skip(1).All(p => p.Length > 0);
        templateId = read ? parts[1] : "";
        streamId = read ? parts[2] : "";
        memberId = read ? parts[3] : "";
        return read;
    }

    /// <summary>
    /// A planning form for the quarter <paramref name="planned"/>, about <paramref name="memberId"/>'s proposal (for
    /// <see cref="PlanFormKind.TeamTarget"/>, the manager who set it).
    /// </summary>
    /// <param name="version">
    /// The proposal's <see cref="Planning.PlanProposal.Version"/> the form was written from (0 for none), so that a
    /// form sent after someone else changed the proposal is refused instead of overwriting what it never showed.
    /// </param>
    public static string Plan(PlanFormKind kind, Quarter planned, string memberId, long? version = null) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{PlanPrefixes.First(p => p.Kind == kind).Prefix}{planned.Id}|{memberId}{(version is { } v ? "|" + v.ToString(CultureInfo.InvariantCulture) : "")}");

    public static bool TryReadPlan(string formId, out PlanFormKind kind, out Quarter planned, out string memberId) =>
        TryReadPlan(formId, out kind, out planned, out memberId, out _);

    public static bool TryReadPlan(string formId, out PlanFormKind kind, out Quarter planned, out string memberId, out long? version)
    {
        ArgumentNullException.ThrowIfNull(formId);
        kind = default;
        planned = default;
        memberId = "";
        version = null;
        var parts = formId.Split('|');
        foreach (var (candidate, prefix) in PlanPrefixes)
        {
            if (formId.StartsWith(prefix, StringComparison.Ordinal) && parts.Length is 3 or 4 && Quarter.TryParse(parts[1], out planned) && parts[2].Length > 0)
            {
                if (parts.Length == 4)
                {
                    if (!long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var read))
                    {
                        break;
                    }

                    version = read;
                }

                kind = candidate;
                memberId = parts[2];
                return true;
            }
        }

        planned = default;
        return false;
    }

    /// <summary>
    /// The member a check-in, stream review or proposal form belongs to; null for another form (a manager's planning
    /// forms are the manager's to send, about someone else), or an old check-in form that named nobody.
    /// </summary>
    public static string? OwnerOf(string formId) =>
        TryReadCheckIn(formId, out _, out _, out _, out var checkInOwner) ? checkInOwner
        : TryReadStreamReview(formId, out _, out _, out var streamOwner) ? streamOwner
        : TryReadPlan(formId, out var kind, out _, out var proposer) && kind == PlanFormKind.Proposal ? proposer
        : null;

    public static string Value(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.value";

    public static string Confidence(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.confidence";

    public static string Comment(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.comment";

    public static string KeyResultText(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}";

    public static string General(string questionId) => questionId;
}
