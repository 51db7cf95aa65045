using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Planning;

/// <summary>
/// What an approved proposal becomes: the planned quarter's objectives, each carrying only this proposal's key
/// results, as <see cref="ITeamPlans.ApproveProposalAsync"/> saves them. Checked first with the import's rules, so an
/// approval never writes what the OKR file would refuse.
/// </summary>
internal static class PlanApproval
{
    /// <summary>What stops the proposal from becoming OKRs, in the reader's words; empty when nothing does.</summary>
    public static IReadOnlyList<string> Problems(PlanProposal proposal, CultureInfo culture)
    {
        var problems = new List<string>();
        if (proposal.KeyResults.Count == 0)
        {
            problems.Add(PlanReviewText.ProblemNoKeyResults(culture));
        }

        foreach (var (k, index) in proposal.KeyResults.OrderBy(k => k.Position).Select((k, i) => (k, i + 1)))
        {
            var title = string.IsNullOrWhiteSpace(k.Title) ? PlanReviewText.KeyResultNumber(culture, index) : k.Title.Trim();
            if (string.IsNullOrWhiteSpace(k.Title))
            {
                problems.Add(PlanReviewText.ProblemNoTitle(culture, index));
            }

            if (string.IsNullOrWhiteSpace(k.ObjectiveKey) || string.IsNullOrWhiteSpace(k.ObjectiveTitle))
            {
                problems.Add(PlanReviewText.ProblemNoObjective(culture, title));
            }

            if (string.IsNullOrWhiteSpace(k.Basis))
            {
                problems.Add(PlanReviewText.ProblemNoBasis(culture, title));
            }

            if (k.Unit is not MilestoneUnit && k.Start == k.Target)
            {
                problems.Add(PlanReviewText.ProblemStartIsTarget(culture, title));
            }
        }

        return problems;
    }

    /// <summary>A key result saved under another key than proposed, because another one under that objective has it.</summary>
    public sealed record Renamed(string Title, string ProposedKey, string SavedKey);

    /// <param name="existing">The planned quarter's objectives as stored, other members' approved key results in them.</param>
    /// <param name="before">The quarter before's objectives: a kept objective copies its title, basis and owner.</param>
    /// <param name="active">The team's active members: an objective's owner who has left is not copied, the proposer owns it.</param>
    public static (IReadOnlyList<Objective> Objectives, IReadOnlyList<Renamed> Renamed) Build(
        PlanProposal proposal,
        IReadOnlyList<Objective> existing,
        IReadOnlyList<Objective> before,
        IReadOnlyCollection<string> active)
    {
        var objectives = new List<Objective>();
        var renamed = new List<Renamed>();
        var nextPosition = existing.Count == 0 ? 0 : existing.Max(o => o.Position) + 1;
        var ordered = proposal.KeyResults.OrderBy(k => k.Position).ToList();
        foreach (var group in ordered.GroupBy(k => Key(k.ObjectiveKey, k.ObjectiveTitle), StringComparer.Ordinal))
        {
            var first = group.First();
            var stored = existing.FirstOrDefault(o => o.Key == group.Key);
            var earlier = before.FirstOrDefault(o => o.Key == group.Key);
            var objective = stored ?? new Objective
            {
                Id = Ids.New(),
                WorkspaceId = proposal.WorkspaceId,
                TeamId = proposal.TeamId,
                Quarter = proposal.Quarter,
                Key = group.Key,
                Title = earlier?.Title ?? first.ObjectiveTitle.Trim(),
                OwnerMemberId = earlier switch
                {
                    { OwnerMemberId: null } => null,
                    { OwnerMemberId: { } owner } when active.Contains(owner) => owner,
                    _ => proposal.MemberId,
                },
                Basis = earlier?.Basis ?? first.Basis.Trim(),
                Position = nextPosition++,
            };

            // Keys already used under the objective by someone else's key results; the member's own are replaced.
            var theirs = objective.KeyResults.Where(k => k.OwnerMemberId != proposal.MemberId).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
            var mine = objective.KeyResults.Where(k => k.OwnerMemberId == proposal.MemberId).ToList();
            var position = objective.KeyResults.Count == 0 ? 0 : objective.KeyResults.Max(k => k.Position) + 1;
            var keyResults = new List<KeyResult>();
            foreach (var proposed in group)
            {
                var wanted = Key(proposed.Key, proposed.Title);
                var key = Unique(wanted, theirs);
                if (key != wanted)
                {
                    renamed.Add(new Renamed(proposed.Title, wanted, key));
                }

                theirs.Add(key);
                var again = mine.FirstOrDefault(k => k.Key == key);
                keyResults.Add(new KeyResult
                {
                    Id = again?.Id ?? Ids.New(),
                    WorkspaceId = proposal.WorkspaceId,
                    ObjectiveId = objective.Id,
                    Key = key,
                    Title = proposed.Title.Trim(),
                    OwnerMemberId = proposal.MemberId,
                    Unit = proposed.Unit,
                    Start = proposed.Unit is MilestoneUnit ? MilestoneUnit.NotDone : proposed.Start,
                    Target = proposed.Unit is MilestoneUnit ? MilestoneUnit.Done : proposed.Target,
                    Weight = 1m,
                    Basis = proposed.Basis.Trim(),
                    Market = proposed.Market,
                    Feed = proposed.Feed,
                    Position = again?.Position ?? position++,
                });
            }

            objectives.Add(objective with { KeyResults = keyResults });
        }

        return (objectives, renamed);
    }

    /// <summary>The proposed key when it follows the import's pattern (lower-case letters, digits and dashes); else one made from the title.</summary>
    private static string Key(string proposed, string title) =>
        ProposalRules.IsKey(proposed) ? proposed : ProposalRules.KeyFor(title, [], "okr");

    private static string Unique(string key, HashSet<string> taken)
    {
        var unique = key;
        for (var i = 2; taken.Contains(unique); i++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{key}-{i}");
        }

        return unique;
    }

    /// <summary>Whether the member can still own key results: on the team and active.</summary>
    public static bool CanOwn(Member? member, PlanProposal proposal) =>
        member is { Active: true } && member.TeamId == proposal.TeamId && member.WorkspaceId == proposal.WorkspaceId;
}
