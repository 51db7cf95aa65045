using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// Everything stored about a team's quarter, read in one go for a review. Key results fed by live streams carry
/// their values from the quarter's streams as check-ins (<see cref="FedKeyResults"/>).
/// </summary>
public sealed record QuarterData(
    Team Team,
    Quarter Quarter,
    IReadOnlyList<Member> Members,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<ReviewAnswer> Answers)
{
    /// <summary>The members' leave, so a week spent on leave is not counted as a missed check-in.</summary>
    public IReadOnlyList<Scheduling.Leave> Leaves { get; init; } = [];

    public static async Task<QuarterData> LoadAsync(IReviewStore store, Team team, IReadOnlyList<Member> members, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var objectives = await store.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var checkIns = await store.CheckInsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var answers = await store.AnswersAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        checkIns = await FedKeyResults.WithStreamValuesAsync(store, team, quarter, objectives, checkIns, cancellationToken);
        return new QuarterData(team, quarter, members, objectives, checkIns, answers);
    }

    /// <summary>
    /// One member's part of the team's quarter: their key results under their objectives, the check-ins on those,
    /// and the member alone as the team (none when they are no longer active, as the team's list would have it).
    /// What is written to that member (<see cref="CheckInPrompt"/>, <see cref="RetrospectivePrompt"/>) reads the same
    /// from it as from the whole team's quarter, in two small reads however large the team; nothing about the
    /// team as a whole (figures, who checked in) can be read from it.
    /// </summary>
    public static async Task<QuarterData> LoadMemberPartAsync(IReviewStore store, Team team, Member member, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(member);
        var objectives = await store.MemberObjectivesAsync(team.WorkspaceId, team.Id, member.Id, quarter, cancellationToken);
        var keyResultIds = objectives.SelectMany(o => o.KeyResults).Select(k => k.Id).ToList();
        var checkIns = keyResultIds.Count == 0 ? [] : await store.KeyResultCheckInsAsync(team.WorkspaceId, keyResultIds, quarter, cancellationToken);
        // The streams are read only for a member who owns a key result they feed: the other prompts stay two small reads.
        checkIns = await FedKeyResults.WithStreamValuesAsync(store, team, quarter, objectives, checkIns, cancellationToken);
        return new QuarterData(team, quarter, member.Active ? [member] : [], objectives, checkIns, []);
    }

    /// <summary>
    /// A quarter and the one before it for a review, with former members among the team's: the chat text,
    /// the report page and the exports all load through here, so they name the same owners.
    /// </summary>
    /// <remarks>
    /// Three reads at once, each on its own connection: the quarter's check-ins (the largest by far), the rest of the
    /// quarter, and last quarter. Each goes to the thread pool first, because a store whose calls finish without
    /// waiting (SQLite's) would otherwise run them one after another. Of last quarter, the review shows only where each
    /// key result ended, in the roll-ups beside this quarter's, and what its owners wrote worked and should change,
    /// in the Lessons step: so <c>Previous</c> holds each key result's latest check-ins
    /// (<see cref="ICheckInRecords.LatestCheckInsAsync"/>), not its weeks before, and of its answers only those lessons.
    /// </remarks>
    public static async Task<(QuarterData Quarter, QuarterData Previous)> LoadForReviewAsync(IReviewStore store, Team team, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var previousQuarter = quarter.Previous();
        var checkIns = Task.Run(() => store.CheckInsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken), cancellationToken);
        var previous = Task.Run(
            async () => (
                Objectives: await store.ObjectivesAsync(team.WorkspaceId, team.Id, previousQuarter, cancellationToken),
                CheckIns: await store.LatestCheckInsAsync(team.WorkspaceId, team.Id, previousQuarter, cancellationToken),
                Lessons: LessonsOnly(await store.TemplateAnswersAsync(team.WorkspaceId, team.Id, Dialogs.ReviewTemplates.Retrospective.Id, previousQuarter, null, cancellationToken))),
            cancellationToken);
        var rest = Task.Run(
            async () => (
                Members: await store.AllMembersAsync(team.WorkspaceId, team.Id, cancellationToken),
                Leaves: await store.LeavesAsync(team.WorkspaceId, team.Id, cancellationToken),
                Objectives: await store.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken),
                Answers: await store.AnswersAsync(team.WorkspaceId, team.Id, quarter, cancellationToken)),
            cancellationToken);
        await Task.WhenAll(checkIns, previous, rest);
        var (members, leaves, objectives, answers) = await rest;
        var (previousObjectives, previousCheckIns, previousLessons) = await previous;
        var quarterCheckIns = await FedKeyResults.WithStreamValuesAsync(store, team, quarter, objectives, await checkIns, cancellationToken);
        // Of last quarter, only each key result's latest check-in is read, and the latest of the fed values is its last week's.
        previousCheckIns = await FedKeyResults.WithStreamValuesAsync(store, team, previousQuarter, previousObjectives, previousCheckIns, cancellationToken);
        return (
            new QuarterData(team, quarter, members, objectives, quarterCheckIns, answers) { Leaves = leaves },
            new QuarterData(team, previousQuarter, members, previousObjectives, previousCheckIns, previousLessons) { Leaves = leaves });
    }

    /// <summary>Of a retrospective's answers, "what worked" and "what to change": the lessons, not the causes.</summary>
    private static List<ReviewAnswer> LessonsOnly(IReadOnlyList<ReviewAnswer> answers) =>
        [.. answers.Where(a => a.QuestionId is "worked" or "change")];

    public IReadOnlyList<KeyResultStanding> Standings() => KeyResultStanding.Of(Objectives, Members, new CheckInHistory(CheckIns));
}
