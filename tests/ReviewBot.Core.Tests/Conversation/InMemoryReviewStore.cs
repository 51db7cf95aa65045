using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>The engine's storage port in memory, with the same workspace scoping and all-or-nothing recording as the SQL one.</summary>
internal sealed partial class InMemoryReviewStore : IReviewStore
{
    private readonly HashSet<(string, string)> _deliveries = [];
    private readonly Dictionary<(string, string), DialogState> _dialogs = [];

    public List<Team> Teams { get; } = [];

    public List<Member> Members { get; } = [];

    public List<Objective> Objectives { get; } = [];

    public List<CheckIn> CheckIns { get; } = [];

    public List<ReviewAnswer> Answers { get; } = [];

    /// <summary>Nudges by workspace, as the nudges table keeps them.</summary>
    public List<(string WorkspaceId, string MemberId, string NudgedBy, DateTimeOffset At)> Nudges { get; } = [];

    /// <summary>Leave ranges by workspace, as the leaves table keeps them.</summary>
    public List<(string WorkspaceId, Leave Leave)> Leaves { get; } = [];

    /// <summary>What the scheduler failed to deliver, by workspace, team and quarter; tests add them.</summary>
    public List<(string WorkspaceId, string TeamId, Quarter Quarter, DeliveryProblem Problem)> DeliveryProblems { get; } = [];

    public int RecordCalls { get; private set; }

    public Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>([.. Members.Where(m => m.WorkspaceId == workspaceId && m.IdentityOn(platform) == userId)]);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Team>>([.. Teams.Where(t => t.WorkspaceId == workspaceId)]);

    public Task<Team?> FindTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult(Teams.FirstOrDefault(t => t.WorkspaceId == workspaceId && t.Id == teamId));

    public Task<Member?> MemberAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(Members.FirstOrDefault(m => m.WorkspaceId == workspaceId && m.Id == memberId));

    /// <summary>The active ones, as the SQL store answers: a member who left is in <see cref="AllMembersAsync"/> only.</summary>
    public Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>([.. Members.Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId && m.Active).OrderBy(m => m.Name, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>([.. Members.Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId).OrderBy(m => m.Name, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<Objective>> ObjectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Objective>>([.. Objectives.Where(o => o.WorkspaceId == workspaceId && o.TeamId == teamId && o.Quarter == quarter).OrderBy(o => o.Position)]);

    public Task<IReadOnlyList<CheckIn>> CheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var keyResults = Objectives.Where(o => o.WorkspaceId == workspaceId && o.TeamId == teamId).SelectMany(o => o.KeyResults).Select(k => k.Id).ToHashSet();
        return Task.FromResult<IReadOnlyList<CheckIn>>([.. CheckIns.Where(c => c.WorkspaceId == workspaceId && c.Quarter == quarter && keyResults.Contains(c.KeyResultId)).OrderBy(c => c.RecordedAt)]);
    }

    public async Task<IReadOnlyList<CheckIn>> LatestCheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        [.. (await CheckInsAsync(workspaceId, teamId, quarter, cancellationToken))
            .GroupBy(c => c.KeyResultId)
            .SelectMany(k => k.Where(c => c.WeekNumber == k.Max(w => w.WeekNumber)).GroupBy(c => c.RecordedAt).MaxBy(t => t.Key)!)
            .OrderBy(c => c.RecordedAt)];

    public async Task<IReadOnlyList<Objective>> MemberObjectivesAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken) =>
        [.. (await ObjectivesAsync(workspaceId, teamId, quarter, cancellationToken))
            .Select(o => o with { KeyResults = [.. o.KeyResults.Where(k => k.OwnerMemberId == memberId)] })
            .Where(o => o.KeyResults.Count > 0)];

    public Task<IReadOnlyList<CheckIn>> KeyResultCheckInsAsync(string workspaceId, IReadOnlyCollection<string> keyResultIds, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckIn>>([.. CheckIns.Where(c => c.WorkspaceId == workspaceId && c.Quarter == quarter && keyResultIds.Contains(c.KeyResultId)).OrderBy(c => c.RecordedAt)]);

    public async Task<bool> CheckedInAsync(string workspaceId, string teamId, string memberId, Quarter quarter, int weekNumber, CancellationToken cancellationToken) =>
        (await CheckInsAsync(workspaceId, teamId, quarter, cancellationToken)).Any(c => c.AuthorMemberId == memberId && c.WeekNumber == weekNumber);

    public Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var members = Members.Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId).Select(m => m.Id).ToHashSet();
        return Task.FromResult<IReadOnlyList<ReviewAnswer>>([.. Answers.Where(a => a.WorkspaceId == workspaceId && a.Quarter == quarter && members.Contains(a.AuthorMemberId)).OrderBy(a => a.RecordedAt)]);
    }

    public Task<IReadOnlyDictionary<string, DateTimeOffset>> RetrospectivesRecordedAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var members = Members.Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId).Select(m => m.Id).ToHashSet();
        var first = Answers
            .Where(a => a.WorkspaceId == workspaceId && a.Quarter == quarter && a.TemplateId == ReviewTemplates.Retrospective.Id && members.Contains(a.AuthorMemberId))
            .GroupBy(a => a.AuthorMemberId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(a => a.RecordedAt), StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(first);
    }

    public async Task<IReadOnlyList<ReviewAnswer>> TemplateAnswersAsync(string workspaceId, string teamId, string templateId, Quarter quarter, string? memberId, CancellationToken cancellationToken) =>
        [.. (await AnswersAsync(workspaceId, teamId, quarter, cancellationToken)).Where(a => a.TemplateId == templateId && (memberId is null || a.AuthorMemberId == memberId))];

    public Task<bool> RecordAsync(Submission submission, CancellationToken cancellationToken)
    {
        RecordCalls++;
        if (!_deliveries.Add((submission.WorkspaceId, submission.SubmissionId)))
        {
            return Task.FromResult(false);
        }

        CheckIns.AddRange(submission.CheckIns);
        Answers.AddRange(submission.Answers);
        return Task.FromResult(true);
    }

    public Task<DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_dialogs.TryGetValue((workspaceId, memberId), out var state) ? state : null);

    public Task SaveDialogAsync(DialogState dialog, CancellationToken cancellationToken)
    {
        // Stored as a copy, as a database would: later changes to the caller's dictionary don't leak in.
        _dialogs[(dialog.WorkspaceId, dialog.MemberId)] = dialog with { Answers = new Dictionary<string, string>(dialog.Answers) };
        return Task.CompletedTask;
    }

    public Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        _dialogs.Remove((workspaceId, memberId));
        return Task.CompletedTask;
    }

    public Task SaveObjectiveAsync(Objective objective, CancellationToken cancellationToken)
    {
        var index = Objectives.FindIndex(o => o.Id == objective.Id);
        if (index >= 0)
        {
            Objectives[index] = objective with { KeyResults = Objectives[index].KeyResults };
        }
        else
        {
            Objectives.Add(objective with { KeyResults = [] });
        }

        return Task.CompletedTask;
    }

    public Task SaveKeyResultAsync(KeyResult keyResult, CancellationToken cancellationToken)
    {
        var index = Objectives.FindIndex(o => o.Id == keyResult.ObjectiveId);
        var objective = Objectives[index];
        var keyResults = objective.KeyResults.Where(k => k.Id != keyResult.Id).Append(keyResult).OrderBy(k => k.Position).ToList();
        Objectives[index] = objective with { KeyResults = keyResults };
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> RecordUnlessRecentAsync(string workspaceId, string memberId, string nudgedBy, DateTimeOffset at, TimeSpan coolDown, CancellationToken cancellationToken)
    {
        var earlier = Nudges.Where(n => n.WorkspaceId == workspaceId && n.MemberId == memberId && n.At > at - coolDown).Select(n => (DateTimeOffset?)n.At).Max();
        if (earlier is null)
        {
            Nudges.Add((workspaceId, memberId, nudgedBy, at));
        }

        return Task.FromResult(earlier);
    }

    public Task<IReadOnlyList<Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        var members = Members.Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId).Select(m => m.Id).ToHashSet();
        return Task.FromResult<IReadOnlyList<Leave>>([.. Leaves.Where(l => l.WorkspaceId == workspaceId && members.Contains(l.Leave.MemberId)).Select(l => l.Leave).OrderBy(l => l.FirstDay).ThenBy(l => l.MemberId, StringComparer.Ordinal)]);
    }

    public Task<IReadOnlyList<Leave>> WorkspaceLeavesAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Leave>>([.. Leaves.Where(l => l.WorkspaceId == workspaceId).Select(l => l.Leave).OrderBy(l => l.FirstDay).ThenBy(l => l.MemberId, StringComparer.Ordinal)]);

    public Task AddLeaveAsync(string workspaceId, Leave leave, CancellationToken cancellationToken)
    {
        // Same key as the table: one range per member and first day, the later one winning.
        Leaves.RemoveAll(l => l.WorkspaceId == workspaceId && l.Leave.MemberId == leave.MemberId && l.Leave.FirstDay == leave.FirstDay);
        Leaves.Add((workspaceId, leave));
        return Task.CompletedTask;
    }

    public Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        Leaves.RemoveAll(l => l.WorkspaceId == workspaceId && l.Leave.MemberId == memberId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryProblem>>([.. DeliveryProblems.Where(p => p.WorkspaceId == workspaceId && p.TeamId == teamId && p.Quarter == quarter).Select(p => p.Problem)]);

    public List<LiveStream> Streams { get; } = [];

    public Dictionary<(string WorkspaceId, string TeamId), StreamRules> StreamRulesByTeam { get; } = [];

    public Dictionary<(string WorkspaceId, string TeamId), IReadOnlyList<TemplateDefinition>> Templates { get; } = [];

    public Task<bool> AddStreamAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        var taken = Streams.Any(s => s.WorkspaceId == stream.WorkspaceId && s.TeamId == stream.TeamId
            && ((stream.Key is not null && s.Key == stream.Key) || (s.Title == stream.Title && s.StartsAt == stream.StartsAt)));
        if (!taken)
        {
            Streams.Add(stream);
        }

        return Task.FromResult(!taken);
    }

    public Task<bool> UpdateStreamAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        var index = Streams.FindIndex(s => s.WorkspaceId == stream.WorkspaceId && s.Id == stream.Id);
        if (index >= 0)
        {
            Streams[index] = stream;
        }

        return Task.FromResult(index >= 0);
    }

    public Task<LiveStream?> StreamAsync(string workspaceId, string streamId, CancellationToken cancellationToken) =>
        Task.FromResult(Streams.FirstOrDefault(s => s.WorkspaceId == workspaceId && s.Id == streamId));

    public Task<IReadOnlyList<LiveStream>> StreamsAsync(string workspaceId, string teamId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LiveStream>>([.. Streams.Where(s => s.WorkspaceId == workspaceId && s.TeamId == teamId && s.StartsAt >= from && s.StartsAt < until).OrderBy(s => s.StartsAt)]);

    public Task<IReadOnlyList<LiveStream>> QuarterStreamsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LiveStream>>([.. Streams.Where(s => s.WorkspaceId == workspaceId && s.TeamId == teamId && s.Quarter == quarter).OrderBy(s => s.StartsAt)]);

    public Task<IReadOnlyList<ReviewAnswer>> StreamAnswersAsync(string workspaceId, IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken)
    {
        // A member's latest submission for a stream replaces their earlier one, as the table's key does.
        var answers = Answers.Where(a => a.WorkspaceId == workspaceId && a.SubjectId is not null && streamIds.Contains(a.SubjectId))
            .GroupBy(a => (a.SubjectId, a.AuthorMemberId))
            .SelectMany(g => g.Where(a => a.RecordedAt == g.Max(x => x.RecordedAt)))
            .OrderBy(a => a.RecordedAt);
        return Task.FromResult<IReadOnlyList<ReviewAnswer>>([.. answers]);
    }

    public Task<StreamRules> StreamRulesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult(StreamRulesByTeam.TryGetValue((workspaceId, teamId), out var rules) ? rules : StreamRules.Default);

    public Task SaveStreamRulesAsync(string workspaceId, string teamId, StreamRules rules, CancellationToken cancellationToken)
    {
        StreamRulesByTeam[(workspaceId, teamId)] = rules;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TemplateDefinition>> TeamTemplatesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult(Templates.TryGetValue((workspaceId, teamId), out var templates) ? templates : []);

    public Task SaveTeamTemplatesAsync(string workspaceId, string teamId, IReadOnlyList<TemplateDefinition> templates, CancellationToken cancellationToken)
    {
        Templates[(workspaceId, teamId)] = [.. templates];
        return Task.CompletedTask;
    }
}
