using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Lessons;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage.Caching;

namespace ReviewBot.Storage;

/// <summary>
/// The conversation engine's storage port over the SQL stores. Each call opens its own session, so
/// the engine never holds a connection between turns; only <see cref="RecordAsync"/> needs a transaction. The
/// directory's reads (teams, members) come from the database's directory cache.
/// </summary>
public sealed class ReviewStore(Database database, TimeProvider time) : IReviewStore
{
    public Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.MembersByChatIdentity, workspaceId, platform.ToString(), userId),
            (session, ct) => session.Teams.MembersByChatIdentityAsync(workspaceId, platform, userId, ct),
            cancellationToken);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(string workspaceId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.Teams, workspaceId),
            (session, ct) => session.Teams.ListAsync(workspaceId, ct),
            cancellationToken);

    public Task<Team?> FindTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.Team, workspaceId, teamId),
            (session, ct) => session.Teams.GetAsync(workspaceId, teamId, ct),
            cancellationToken);

    public Task<Member?> MemberAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.Member, workspaceId, memberId),
            (session, ct) => session.Teams.MemberAsync(workspaceId, memberId, ct),
            cancellationToken);

    public Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.TeamMembers, workspaceId, teamId),
            (session, ct) => session.Teams.MembersAsync(workspaceId, teamId, ct),
            cancellationToken);

    public Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.AllTeamMembers, workspaceId, teamId),
            (session, ct) => session.Teams.AllMembersAsync(workspaceId, teamId, ct),
            cancellationToken);

    public Task<Workspace?> WorkspaceAsync(string workspaceId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.WorkspaceById, workspaceId),
            (session, ct) => session.Workspaces.GetAsync(workspaceId, ct),
            cancellationToken);

    public async Task<IReadOnlyList<Objective>> ObjectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Okrs.ObjectivesAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<CheckIn>> CheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.CheckIns.ForTeamQuarterAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<CheckIn>> LatestCheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.CheckIns.LatestForTeamQuarterAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<Objective>> MemberObjectivesAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Okrs.MemberObjectivesAsync(workspaceId, teamId, memberId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<CheckIn>> KeyResultCheckInsAsync(string workspaceId, IReadOnlyCollection<string> keyResultIds, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.CheckIns.ForKeyResultsAsync(workspaceId, keyResultIds, quarter, cancellationToken);
    }

    public async Task<bool> CheckedInAsync(string workspaceId, string teamId, string memberId, Quarter quarter, int weekNumber, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.CheckIns.CheckedInAsync(workspaceId, teamId, memberId, quarter, weekNumber, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Answers.ForTeamQuarterAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewAnswer>> TemplateAnswersAsync(string workspaceId, string teamId, string templateId, Quarter quarter, string? memberId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Answers.ForTemplateAsync(workspaceId, teamId, templateId, quarter, memberId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> RetrospectivesRecordedAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Answers.FirstRetrospectivesAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<bool> RecordAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        // The submission id is recorded under the submission's workspace, so everything it carries must
        // belong there too; otherwise a retry could be told "already recorded" by another workspace's key.
        if (submission.CheckIns.Any(c => c.WorkspaceId != submission.WorkspaceId) || submission.Answers.Any(a => a.WorkspaceId != submission.WorkspaceId))
        {
            throw new ArgumentException($"Submission {submission.SubmissionId} carries rows of another workspace than {submission.WorkspaceId}.", nameof(submission));
        }

        // Disposing the session without committing rolls back, so a failed insert leaves not even the submission id.
        await using var session = await database.BeginAsync(cancellationToken);
        // The key goes first: the insert takes the write lock (SQLite) or the key's row lock (PostgreSQL), so a
        // concurrent retry waits here and then sees it.
        if (!await session.EventKeys.TryRecordAsync(submission.WorkspaceId, submission.SubmissionId, time.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        foreach (var checkIn in submission.CheckIns)
        {
            await session.CheckIns.AddAsync(checkIn, cancellationToken);
        }

        foreach (var answer in submission.Answers)
        {
            await session.Answers.AddAsync(answer, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Dialogs.GetAsync(workspaceId, memberId, cancellationToken);
    }

    public async Task SaveDialogAsync(DialogState dialog, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Dialogs.SaveAsync(dialog, cancellationToken);
    }

    public async Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Dialogs.DeleteAsync(workspaceId, memberId, cancellationToken);
    }

    public async Task SaveObjectiveAsync(Objective objective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        // The port saves an objective's own fields only; its key results arrive one by one through SaveKeyResultAsync.
        await session.Okrs.SaveObjectiveAsync(objective with { KeyResults = [] }, cancellationToken);
    }

    public async Task SaveKeyResultAsync(KeyResult keyResult, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Okrs.SaveKeyResultAsync(keyResult, cancellationToken);
    }

    public async Task<IReadOnlyList<Leave>> WorkspaceLeavesAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.LeavesAsync(workspaceId, cancellationToken);
    }

    public async Task<IReadOnlyList<Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.TeamLeavesAsync(workspaceId, teamId, cancellationToken);
    }

    public async Task AddLeaveAsync(string workspaceId, Leave leave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leave);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Schedule.AddLeaveAsync(workspaceId, leave.MemberId, leave.FirstDay, leave.LastDay, cancellationToken);
    }

    public async Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Schedule.RemoveLeavesAsync(workspaceId, memberId, cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var problems = await session.Schedule.ProblemsAsync(workspaceId, teamId, quarter, cancellationToken);
        return [.. problems.Select(d => new DeliveryProblem(d.MemberId, d.Kind, d.WeekNumber, GaveUp: d.State == DeliveryState.Failed, d.LastError ?? "no reason given", d.Attempts))];
    }

    public async Task<DateTimeOffset?> RecordUnlessRecentAsync(string workspaceId, string memberId, string nudgedBy, DateTimeOffset at, TimeSpan coolDown, CancellationToken cancellationToken)
    {
        // Read, then write what the read decided: two reminds at once must not both find no nudge.
        await using var session = await database.BeginAsync(cancellationToken);
        await session.LockWorkspaceAsync(workspaceId, cancellationToken);
        if (await session.Nudges.LatestAfterAsync(workspaceId, memberId, at - coolDown, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        await session.Nudges.InsertAsync(workspaceId, memberId, nudgedBy, at, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<bool> AddStreamAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.AddAsync(stream, cancellationToken);
    }

    public async Task<bool> UpdateStreamAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.UpdateAsync(stream, cancellationToken);
    }

    public async Task<LiveStream?> StreamAsync(string workspaceId, string streamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.GetAsync(workspaceId, streamId, cancellationToken);
    }

    public async Task<IReadOnlyList<LiveStream>> StreamsAsync(string workspaceId, string teamId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.StartingAsync(workspaceId, teamId, from, until, cancellationToken);
    }

    public async Task<IReadOnlyList<LiveStream>> QuarterStreamsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.OfQuarterAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewAnswer>> StreamAnswersAsync(string workspaceId, IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.AnswersAsync(workspaceId, streamIds, cancellationToken);
    }

    public async Task<StreamRules> StreamRulesAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Streams.RulesAsync(workspaceId, teamId, cancellationToken);
    }

    public async Task SaveStreamRulesAsync(string workspaceId, string teamId, StreamRules rules, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Streams.SaveRulesAsync(workspaceId, teamId, rules, cancellationToken);
    }

    public async Task<IReadOnlyList<TemplateDefinition>> TeamTemplatesAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.TeamTemplates.ForTeamAsync(workspaceId, teamId, cancellationToken);
    }

    public async Task SaveTeamTemplatesAsync(string workspaceId, string teamId, IReadOnlyList<TemplateDefinition> templates, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.TeamTemplates.SaveAsync(workspaceId, teamId, templates, cancellationToken);
    }

    public async Task<PlanProposal?> ProposalAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Plans.ProposalAsync(workspaceId, teamId, memberId, quarter, cancellationToken);
    }

    public async Task<IReadOnlyList<PlanProposal>> ProposalsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Plans.ProposalsAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> ProposersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Plans.ProposersAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task<bool> SaveProposalAsync(PlanProposal proposal, DateTimeOffset? expectedUpdatedAt, CancellationToken cancellationToken)
    {
        // The proposal's row and its key results: both or neither.
        await using var session = await database.BeginAsync(cancellationToken);
        if (!await session.Plans.SaveProposalAsync(proposal, expectedUpdatedAt, cancellationToken))
        {
            return false;
        }

        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ApproveProposalAsync(PlanProposal approved, IReadOnlyList<Objective> objectives, DateTimeOffset expectedUpdatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(objectives);
        if (approved.Status != PlanStatus.Approved)
        {
            throw new ArgumentException($"An approval saves the proposal as {PlanStatus.Approved}, not {approved.Status}.", nameof(approved));
        }

        // Checked before anything is written: the approval's objectives are the proposal's team's, of its quarter.
        if (objectives.Any(o => o.WorkspaceId != approved.WorkspaceId || o.TeamId != approved.TeamId || o.Quarter != approved.Quarter
            || o.KeyResults.Any(k => k.WorkspaceId != approved.WorkspaceId || k.ObjectiveId != o.Id)))
        {
            throw new ArgumentException(
                $"The approval of {approved.MemberId}'s {approved.Quarter} proposal carries objectives or key results of another workspace, team or quarter.",
                nameof(objectives));
        }

        // One transaction: the proposal's conditional write is the check that nobody saved it in between (false, and
        // the rollback leaves everything as it was), then the objectives and their key results through the OKR
        // store's own upserts, which leave the objectives' other key results alone. Anything failing undoes it all.
        await using var session = await database.BeginAsync(cancellationToken);
        // The objectives were built from a read before this transaction: two approvals at once can both mean to
        // create the objective of one key, or key results of one key under it. Under the lock the importer also
        // takes, the second waits for the first to commit and then finds the key taken: a conflict to report (try
        // again, reading the objectives anew), where the unique keys would have thrown.
        await session.LockWorkspaceAsync(approved.WorkspaceId, cancellationToken);
        foreach (var objective in objectives)
        {
            if (await session.Okrs.KeyTakenAsync(objective, cancellationToken))
            {
                return false;
            }
        }

        if (!await session.Plans.SaveProposalAsync(approved, expectedUpdatedAt, cancellationToken))
        {
            return false;
        }

        foreach (var objective in objectives)
        {
            await session.Okrs.SaveObjectiveAsync(objective, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<TeamPlanTarget?> TeamTargetAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Plans.TeamTargetAsync(workspaceId, teamId, quarter, cancellationToken);
    }

    public async Task SaveTeamTargetAsync(TeamPlanTarget target, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Plans.SaveTeamTargetAsync(target, cancellationToken);
    }

    public async Task SaveExchangeRatesAsync(string workspaceId, string teamId, IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken)
    {
        // All the rates or none; the exchange_rates triggers raise the directory's version with the commit, so the
        // directory cache (FindTeamAsync) reads the team again on its next use, on every host.
        await using var session = await database.BeginAsync(cancellationToken);
        // Each rate is a delete then an insert: two merges of one team at once must not both find the rate gone.
        await session.LockWorkspaceAsync(workspaceId, cancellationToken);
        await session.Plans.MergeExchangeRatesAsync(workspaceId, teamId, rates, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LessonEntry>> SearchLessonsAsync(LessonSearch search, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Lessons.SearchAsync(search, cancellationToken);
    }
}
