using ReviewBot.Core.Lessons;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>Next quarter's plans and the lessons library, in memory, with the SQL store's all-or-nothing saves.</summary>
internal sealed partial class InMemoryReviewStore
{
    private static readonly HashSet<string> LessonQuestions = ["cause", "worked", "change"];

    public List<PlanProposal> Proposals { get; } = [];

    public List<TeamPlanTarget> PlanTargets { get; } = [];

    /// <summary>Runs just before a proposal is saved: a test's way to have someone else save in between.</summary>
    public Action? BeforeSaveProposal { get; set; }

    /// <summary>Runs just before an approval is saved, with its objectives: a test's way to have another approval land in between.</summary>
    public Action<IReadOnlyList<Objective>>? BeforeApproveProposal { get; set; }

    public Task<PlanProposal?> ProposalAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult(Proposals.FirstOrDefault(p => p.WorkspaceId == workspaceId && p.TeamId == teamId && p.MemberId == memberId && p.Quarter == quarter));

    public Task<IReadOnlyList<PlanProposal>> ProposalsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlanProposal>>([.. Proposals.Where(p => p.WorkspaceId == workspaceId && p.TeamId == teamId && p.Quarter == quarter)]);

    public Task<IReadOnlySet<string>> ProposersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(Proposals
            .Where(p => p.WorkspaceId == workspaceId && p.TeamId == teamId && p.Quarter == quarter && p.Status != PlanStatus.SentBack)
            .Select(p => p.MemberId)
            .ToHashSet(StringComparer.Ordinal));

    public Task<bool> SaveProposalAsync(PlanProposal proposal, DateTimeOffset? expectedUpdatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        BeforeSaveProposal?.Invoke();
        var index = StoredProposal(proposal);
        var stored = index < 0 ? null : Proposals[index];
        if (stored?.UpdatedAt != expectedUpdatedAt)
        {
            return Task.FromResult(false);
        }

        if (index < 0)
        {
            Proposals.Add(proposal);
        }
        else
        {
            Proposals[index] = proposal;
        }

        return Task.FromResult(true);
    }

    public async Task<bool> ApproveProposalAsync(PlanProposal approved, IReadOnlyList<Objective> objectives, DateTimeOffset expectedUpdatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(objectives);
        BeforeApproveProposal?.Invoke(objectives);
        var index = StoredProposal(approved);
        if (index < 0 || Proposals[index].UpdatedAt != expectedUpdatedAt)
        {
            return false;
        }

        if (objectives.Any(o => o.WorkspaceId != approved.WorkspaceId || o.TeamId != approved.TeamId || o.KeyResults.Any(k => k.WorkspaceId != approved.WorkspaceId || k.ObjectiveId != o.Id)))
        {
            throw new InvalidOperationException("An approval carries objectives or key results of another workspace or team.");
        }

        // As the SQL store: a key another objective or key result took since the objectives were read is a conflict.
        if (objectives.Any(KeyTaken))
        {
            return false;
        }

        foreach (var objective in objectives)
        {
            await SaveObjectiveAsync(objective, cancellationToken);
            foreach (var keyResult in objective.KeyResults)
            {
                await SaveKeyResultAsync(keyResult, cancellationToken);
            }
        }

        Proposals[index] = approved;
        return true;
    }

    public Task<TeamPlanTarget?> TeamTargetAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult(PlanTargets.FirstOrDefault(t => t.WorkspaceId == workspaceId && t.TeamId == teamId && t.Quarter == quarter));

    public Task SaveTeamTargetAsync(TeamPlanTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        PlanTargets.RemoveAll(t => t.WorkspaceId == target.WorkspaceId && t.TeamId == target.TeamId && t.Quarter == target.Quarter);
        PlanTargets.Add(target);
        return Task.CompletedTask;
    }

    public Task SaveExchangeRatesAsync(string workspaceId, string teamId, IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var index = Teams.FindIndex(t => t.WorkspaceId == workspaceId && t.Id == teamId);
        if (index < 0)
        {
            return Task.CompletedTask;
        }

        var team = Teams[index];
        var kept = team.ExchangeRates.Rates.Where(r => !rates.Any(n => n.Quarter == r.Quarter && string.Equals(n.Currency, r.Currency, StringComparison.OrdinalIgnoreCase)));
        Teams[index] = team with { ExchangeRates = new ExchangeRateTable(kept.Concat(rates)) };
        return Task.CompletedTask;
    }

    /// <summary>Every word as a case-insensitive substring: the SQL stores' full-text search finds at least these.</summary>
    public Task<IReadOnlyList<LessonEntry>> SearchLessonsAsync(LessonSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var members = Members.Where(m => m.WorkspaceId == search.WorkspaceId && m.TeamId == search.TeamId).ToDictionary(m => m.Id);
        var keyResults = Objectives.Where(o => o.WorkspaceId == search.WorkspaceId && o.TeamId == search.TeamId)
            .SelectMany(o => o.KeyResults).ToDictionary(k => k.Id);
        var words = (search.Words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var found = Answers
            .Where(a => a.WorkspaceId == search.WorkspaceId && a.TemplateId == "quarter-retrospective" && LessonQuestions.Contains(a.QuestionId))
            .Where(a => members.ContainsKey(a.AuthorMemberId))
            .Where(a => search.AuthorMemberId is null || a.AuthorMemberId == search.AuthorMemberId)
            .Where(a => (search.From is not { } from || a.Quarter >= from) && (search.Until is not { } until || a.Quarter <= until))
            .Where(a => words.All(w => a.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(a =>
            {
                var keyResult = a.KeyResultId is { } id && keyResults.TryGetValue(id, out var k) ? k : null;
                var author = members[a.AuthorMemberId];
                return new LessonEntry(a, author.Name, author.Market, keyResult?.Title, keyResult?.Market);
            })
            .Where(e => search.Market is null || string.Equals(e.KeyResultMarket ?? e.AuthorMarket, search.Market, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Answer.Quarter)
            .ThenBy(e => e.Answer.RecordedAt)
            .Take(search.Limit);
        return Task.FromResult<IReadOnlyList<LessonEntry>>([.. found]);
    }

    private bool KeyTaken(Objective objective)
    {
        if (Objectives.Any(o => o.WorkspaceId == objective.WorkspaceId && o.TeamId == objective.TeamId && o.Quarter == objective.Quarter
            && o.Key == objective.Key && o.Id != objective.Id))
        {
            return true;
        }

        var stored = Objectives.FirstOrDefault(o => o.Id == objective.Id)?.KeyResults ?? [];
        return objective.KeyResults.Any(k => stored.Any(s => s.Key == k.Key && s.Id != k.Id));
    }

    private int StoredProposal(PlanProposal proposal) =>
        Proposals.FindIndex(p => p.WorkspaceId == proposal.WorkspaceId && p.TeamId == proposal.TeamId && p.MemberId == proposal.MemberId && p.Quarter == proposal.Quarter);
}
