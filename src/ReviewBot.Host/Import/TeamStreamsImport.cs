using System.Text.Json;
using ReviewBot.Core;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Streams;
using static ReviewBot.Host.Import.ImportSummary;

namespace ReviewBot.Host.Import;

/// <summary>
/// Writes the team file's templates, stream rules and stream schedule through the review store. Streams are
/// matched by key: a re-import moves a stream that moved, and calls off a future one the file no longer lists.
/// </summary>
internal static class TeamStreamsImport
{
    /// <summary>How far around the file's streams and quarter stored ones are looked up by key: a stream is rarely moved by more.</summary>
    private static readonly TimeSpan KeySearchMargin = TimeSpan.FromDays(366);

    public static async Task SaveAsync(
        IReviewStore store, Team team, OkrFile file, IReadOnlyDictionary<string, Member> members, ImportSummary summary, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (file.Templates is { } templates)
        {
            await SaveTemplatesAsync(store, team, templates, summary, dryRun, cancellationToken);
        }

        if (file.Streams is { } streams)
        {
            await SaveRulesAsync(store, team, streams.Rules, summary, dryRun, cancellationToken);
            await SaveScheduleAsync(store, team, file, streams.Schedule, members, summary, dryRun, now, cancellationToken);
        }
    }

    private static async Task SaveTemplatesAsync(IReviewStore store, Team team, IReadOnlyList<TemplateDefinition> templates, ImportSummary summary, bool dryRun, CancellationToken cancellationToken)
    {
        var stored = await store.TeamTemplatesAsync(team.WorkspaceId, team.Id, cancellationToken);
        foreach (var template in templates)
        {
            var before = stored.FirstOrDefault(t => t.Id == template.Id);
            summary.Count("templates", before is null ? Change.Created : Same(before, template) ? Change.Unchanged : Change.Updated);
        }

        foreach (var _ in stored.Where(s => templates.All(t => t.Id != s.Id)))
        {
            summary.Count("templates", Change.Removed);
        }

        var changed = stored.Count != templates.Count || templates.Any(t => stored.FirstOrDefault(s => s.Id == t.Id) is not { } s || !Same(s, t));
        if (changed && !dryRun)
        {
            await store.SaveTeamTemplatesAsync(team.WorkspaceId, team.Id, templates, cancellationToken);
        }
    }

    private static async Task SaveRulesAsync(IReviewStore store, Team team, StreamRules rules, ImportSummary summary, bool dryRun, CancellationToken cancellationToken)
    {
        var stored = await store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var same = stored.ReviewDelay == rules.ReviewDelay
            && stored.AnswerWindow == rules.AnswerWindow
            && stored.TemplateId == rules.TemplateId
            && stored.Targets.Count == rules.Targets.Count
            && rules.Targets.All(t => stored.Targets.TryGetValue(t.Key, out var value) && value == t.Value);
        summary.Count("stream rules", same ? Change.Unchanged : Change.Updated);
        if (!same && !dryRun)
        {
            await store.SaveStreamRulesAsync(team.WorkspaceId, team.Id, rules, cancellationToken);
        }
    }

    private static async Task SaveScheduleAsync(
        IReviewStore store,
        Team team,
        OkrFile file,
        IReadOnlyList<ScheduledStreamPlan> schedule,
        IReadOnlyDictionary<string, Member> members,
        ImportSummary summary,
        bool dryRun,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var starts = schedule.Select(s => s.Stream.StartsAt).Append(team.Calendar.StartsAt(file.Quarter, zone)).Append(team.Calendar.EndsAt(file.Quarter, zone)).ToList();
        var stored = await store.StreamsAsync(team.WorkspaceId, team.Id, starts.Min() - KeySearchMargin, starts.Max() + KeySearchMargin, cancellationToken);
        foreach (var plan in schedule)
        {
            var current = stored.FirstOrDefault(s => s.Key == plan.Stream.Key);
            var stream = plan.Stream with
            {
                Id = current?.Id ?? Ids.New(),
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                HostMemberId = members[plan.HostEmail].Id,
                CrewMemberIds = [.. plan.CrewEmails.Select(email => members[email].Id)],
                // What happened to it in chat (its review asked for, called off) is not the file's to undo.
                ReviewRequestedAt = current?.ReviewRequestedAt,
                CancelledAt = current?.CancelledAt,
            };
            if (current is null)
            {
                var added = dryRun || await store.AddStreamAsync(stream, cancellationToken);
                summary.Count("streams", added ? Change.Created : Change.Unchanged);
                if (!added)
                {
                    summary.Notes.Add($"Stream '{stream.Title}' ({stream.Key}) is stored already, far from its start in the file: it was left as it was.");
                }

                continue;
            }

            var same = current with { CrewMemberIds = [] } == stream with { CrewMemberIds = [] } && current.CrewMemberIds.SequenceEqual(stream.CrewMemberIds);
            summary.Count("streams", same ? Change.Unchanged : Change.Updated);
            if (!same && !dryRun)
            {
                await store.UpdateStreamAsync(stream, cancellationToken);
            }
        }

        var dropped = stored.Where(s => s.Key is not null && s.CancelledAt is null && s.StartsAt > now && schedule.All(p => p.Stream.Key != s.Key));
        foreach (var stream in dropped)
        {
            // A stream still to come that the file no longer lists is called off; one already run stays with its review.
            if (!dryRun)
            {
                await store.UpdateStreamAsync(stream with { CancelledAt = now }, cancellationToken);
            }

            summary.Count("streams", Change.Removed);
            summary.Notes.Add($"Stream '{stream.Title}' ({stream.Key}) is not in the file: it was called off.");
        }
    }

    private static bool Same(TemplateDefinition stored, TemplateDefinition planned) =>
        JsonSerializer.Serialize(stored) == JsonSerializer.Serialize(planned);
}
