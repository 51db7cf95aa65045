using ReviewBot.Core;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;
using ReviewBot.Storage;
using static ReviewBot.Host.Import.ImportSummary;

namespace ReviewBot.Host.Import;

/// <summary>
/// Writes a checked OKR file into the database in one transaction. Things are matched by their keys, so
/// importing the same file again changes nothing and an edited file updates in place.
/// </summary>
public sealed class OkrImporter(Database database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <param name="dryRun">Work out and report every change, then roll it back.</param>
    public async Task<ImportSummary> ImportAsync(OkrFile file, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var summary = new ImportSummary();
        Team team;
        Dictionary<string, Member> members;
        await using (var session = await database.BeginAsync(cancellationToken))
        {
            var workspace = await session.Workspaces.EnsureAsync(file.Platform, file.WorkspaceExternalId, file.WorkspaceName, cancellationToken);
            // Everything below reads, then writes what the reading decided: a second import of the workspace waits.
            await session.LockWorkspaceAsync(workspace.Id, cancellationToken);
            team = await SaveTeamAsync(session, workspace.Id, file, summary, cancellationToken);
            members = await SaveMembersAsync(session, team, file.Members, summary, cancellationToken);
            await SaveObjectivesAsync(session, team, file, members, summary, cancellationToken);

            if (!dryRun)
            {
                await session.CommitAsync(cancellationToken);
            }
        }

        if (file.Templates is not null || file.Streams is not null)
        {
            // Through the review store, once the team and its members are stored: streams name them by id. The
            // session is closed first, since on SQLite it holds the one write turn these writes need.
            var store = new ReviewStore(database, _time);
            await TeamStreamsImport.SaveAsync(store, team, file, members, summary, dryRun, _time.GetUtcNow(), cancellationToken);
        }

        return summary;
    }

    private static async Task<Team> SaveTeamAsync(StorageSession session, string workspaceId, OkrFile file, ImportSummary summary, CancellationToken cancellationToken)
    {
        var existing = await session.Teams.FindByKeyAsync(workspaceId, file.Team.Key, cancellationToken);

        // The file holds one quarter's rates; other quarters' rates stay as they were.
        var rates = (existing?.ExchangeRates.Rates ?? []).Where(r => r.Quarter != file.Quarter).Concat(file.Team.ExchangeRates.Rates);
        var team = file.Team with
        {
            Id = existing?.Id ?? Ids.New(),
            WorkspaceId = workspaceId,
            ExchangeRates = new ExchangeRateTable(rates),
        };

        var change = existing is null ? Change.Created : existing.SameAs(team) ? Change.Unchanged : Change.Updated;
        if (change != Change.Unchanged)
        {
            await session.Teams.SaveAsync(team, cancellationToken);
        }

        summary.Count("teams", change);
        return team;
    }

    private static async Task<Dictionary<string, Member>> SaveMembersAsync(
        StorageSession session, Team team, IReadOnlyList<Member> planned, ImportSummary summary, CancellationToken cancellationToken)
    {
        var existing = await session.Teams.AllMembersAsync(team.WorkspaceId, team.Id, cancellationToken);
        var byEmail = new Dictionary<string, Member>(StringComparer.OrdinalIgnoreCase);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in planned)
        {
            // By e-mail first; a changed e-mail is still the same person when their chat identity is.
            var current = existing.FirstOrDefault(m => string.Equals(m.Email, plan.Email, StringComparison.OrdinalIgnoreCase))
                ?? existing.FirstOrDefault(m => !matched.Contains(m.Id) && plan.SlackUserId is not null && m.SlackUserId == plan.SlackUserId)
                ?? existing.FirstOrDefault(m => !matched.Contains(m.Id) && plan.TeamsUserId is not null && string.Equals(m.TeamsUserId, plan.TeamsUserId, StringComparison.OrdinalIgnoreCase));
            if (current is not null)
            {
                matched.Add(current.Id);
            }

            var member = plan with { Id = current?.Id ?? Ids.New(), WorkspaceId = team.WorkspaceId, TeamId = team.Id };
            if (plan.ProfileFromChat && current is not null && !current.ProfileFromChat)
            {
                // Filled in from the chat profile since the last import: the file has nothing better to say.
                member = member with { TimeZoneId = current.TimeZoneId, Locale = current.Locale, ProfileFromChat = false };
            }

            var change = current is null ? Change.Created : current == member ? Change.Unchanged : Change.Updated;
            if (change != Change.Unchanged)
            {
                await session.Teams.SaveMemberAsync(member, cancellationToken);
            }

            summary.Count("members", change);
            byEmail[member.Email!] = member;
        }

        foreach (var left in existing.Where(m => m.Active && !matched.Contains(m.Id)))
        {
            // Their check-ins are part of the team's history, so they stay; their access (and a manager's rights) goes.
            await session.Teams.SaveMemberAsync(left with { Active = false }, cancellationToken);
            summary.Count("members", Change.Removed);
            summary.Notes.Add($"{left.Name} ({left.Email}) is not in the file: their access was removed and their check-ins kept.");
        }

        return byEmail;
    }

    private static async Task SaveObjectivesAsync(
        StorageSession session, Team team, OkrFile file, Dictionary<string, Member> members, ImportSummary summary, CancellationToken cancellationToken)
    {
        var existing = await session.Okrs.ObjectivesAsync(team.WorkspaceId, team.Id, file.Quarter, cancellationToken);
        foreach (var plan in file.Objectives)
        {
            var current = existing.FirstOrDefault(o => o.Key == plan.Objective.Key);
            var objectiveId = current?.Id ?? Ids.New();
            var keyResults = plan.KeyResults.Select(kr => kr.KeyResult with
            {
                Id = current?.KeyResults.FirstOrDefault(k => k.Key == kr.KeyResult.Key)?.Id ?? Ids.New(),
                WorkspaceId = team.WorkspaceId,
                ObjectiveId = objectiveId,
                OwnerMemberId = kr.OwnerEmail is null ? null : members[kr.OwnerEmail].Id,
            }).ToList();
            var objective = plan.Objective with
            {
                Id = objectiveId,
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                OwnerMemberId = plan.OwnerEmail is null ? null : members[plan.OwnerEmail].Id,
                KeyResults = keyResults,
            };

            var objectiveChange = current is null ? Change.Created
                : current with { KeyResults = [] } == objective with { KeyResults = [] } ? Change.Unchanged : Change.Updated;
            if (objectiveChange != Change.Unchanged)
            {
                await session.Okrs.SaveObjectiveAsync(objective with { KeyResults = [] }, cancellationToken);
            }

            summary.Count("objectives", objectiveChange);
            foreach (var keyResult in keyResults)
            {
                var before = current?.KeyResults.FirstOrDefault(k => k.Id == keyResult.Id);
                var change = before is null ? Change.Created : before == keyResult ? Change.Unchanged : Change.Updated;
                if (change != Change.Unchanged)
                {
                    await session.Okrs.SaveKeyResultAsync(keyResult, cancellationToken);
                }

                summary.Count("key results", change);
            }

            if (current is not null)
            {
                var dropped = current.KeyResults.Where(k => keyResults.All(kept => kept.Id != k.Id));
                await RemoveKeyResultsAsync(session, dropped, summary, cancellationToken);
            }
        }

        foreach (var dropped in existing.Where(o => file.Objectives.All(p => p.Objective.Key != o.Key)))
        {
            var keptKeyResults = await RemoveKeyResultsAsync(session, dropped.KeyResults, summary, cancellationToken);
            if (keptKeyResults == 0)
            {
                await session.Okrs.DeleteObjectiveAsync(team.WorkspaceId, dropped.Id, cancellationToken);
                summary.Count("objectives", Change.Removed);
            }
            else
            {
                summary.Notes.Add($"Objective '{dropped.Title}' is not in the file but was kept: some of its key results have check-ins or written answers.");
            }
        }
    }

    /// <summary>Removes key results the file no longer has, except those with check-ins or written answers. Returns how many were kept.</summary>
    private static async Task<int> RemoveKeyResultsAsync(StorageSession session, IEnumerable<KeyResult> keyResults, ImportSummary summary, CancellationToken cancellationToken)
    {
        var kept = 0;
        foreach (var keyResult in keyResults)
        {
            if (await session.Okrs.HasHistoryAsync(keyResult.WorkspaceId, keyResult.Id, cancellationToken))
            {
                kept++;
                summary.Notes.Add($"Key result '{keyResult.Title}' is not in the file but was kept: it has check-ins or written answers.");
                continue;
            }

            await session.Okrs.DeleteKeyResultAsync(keyResult.WorkspaceId, keyResult.Id, cancellationToken);
            summary.Count("key results", Change.Removed);
        }

        return kept;
    }
}
