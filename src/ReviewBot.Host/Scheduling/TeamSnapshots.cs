using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;

namespace ReviewBot.Host.Scheduling;

/// <summary>Reads what the planner needs about one team from storage, so that the planning itself stays pure.</summary>
public sealed partial class TeamSnapshots(
    ITeamDirectory directory,
    ITeamOkrs okrs,
    ICheckInRecords records,
    IDeliverySchedule schedule,
    ILiveStreams streams,
    ITeamPlans plans,
    ILogger<TeamSnapshots> logger)
{
    /// <summary>
    /// How far back beyond the answer window a stream's review may still be owed: the longest stream, the night a
    /// prompt waits out, and a host down for a day or two. Older streams are not read on every tick.
    /// </summary>
    public static readonly TimeSpan StreamLookBack = TimeSpan.FromDays(3);

    /// <summary>
    /// How many days a member's calendar can be ahead of or behind the team's (UTC−12 to UTC+14), so that a
    /// retrospective window one member is in is never missed because the team's day is outside it.
    /// </summary>
    private const int ZoneSpreadDays = 2;

    public async Task<TeamSnapshot> LoadAsync(Team team, IReadOnlyList<Leave> leaves, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var current = team.Calendar.QuarterAt(now, zone);

        // Members a few hours ahead or behind the team can be in the next or previous quarter already.
        var owners = new Dictionary<Quarter, IReadOnlySet<string>>();
        var checkIns = new List<CheckIn>();
        foreach (var quarter in new[] { current.Previous(), current, current.Next() })
        {
            var objectives = await okrs.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
            owners[quarter] = objectives.SelectMany(o => o.KeyResults).Select(k => k.OwnerMemberId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            checkIns.AddRange(await records.CheckInsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken));
        }

        var members = new List<Member>();
        foreach (var member in await directory.MembersAsync(team.WorkspaceId, team.Id, cancellationToken))
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(member.TimeZoneId, out _))
            {
                members.Add(member);
            }
            else
            {
                // One bad zone must not stop the rest of the team's prompts.
                LogUnknownZone(logger, member.Id, member.TimeZoneId);
            }
        }

        var since = team.Calendar.StartsAt(current.Previous(), zone).AddDays(-7);
        var rules = await streams.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var owed = await OwedStreamsAsync(team, rules, now, cancellationToken);
        var (retrospectives, proposers) = await PlanningAsync(team, LocalDay.DateAt(now, zone), current, cancellationToken);
        return new TeamSnapshot
        {
            Team = team,
            Members = members,
            KeyResultOwners = quarter => owners.TryGetValue(quarter, out var set) ? set : new HashSet<string>(),
            Leaves = leaves,
            CheckIns = checkIns,
            Streams = owed,
            StreamAnswerers = await AnswerersAsync(team, owed, cancellationToken),
            StreamRules = rules,
            RetrospectivesRecorded = quarter => retrospectives.TryGetValue(quarter, out var recorded) ? recorded : new Dictionary<string, DateTimeOffset>(),
            PlanProposers = quarter => proposers.TryGetValue(quarter, out var set) ? set : new HashSet<string>(),
            Delivered = await schedule.SentSinceAsync(team.WorkspaceId, team.Id, since, cancellationToken),
        };
    }

    /// <summary>
    /// What the planning prompt needs, for the quarters whose retrospective is open about now (the one ending, or the one
    /// just ended): when each member's retrospective was first recorded, and who has a proposal in for the quarter after
    /// that a manager did not send back. Nothing is read for a team whose planning prompt is off, nor outside those weeks.
    /// </summary>
    private async Task<(Dictionary<Quarter, IReadOnlyDictionary<string, DateTimeOffset>> Retrospectives, Dictionary<Quarter, IReadOnlySet<string>> Proposers)> PlanningAsync(
        Team team, DateOnly today, Quarter current, CancellationToken cancellationToken)
    {
        var retrospectives = new Dictionary<Quarter, IReadOnlyDictionary<string, DateTimeOffset>>();
        var proposers = new Dictionary<Quarter, IReadOnlySet<string>>();
        if (team.PlanningPrompt == PlanningPrompt.Off)
        {
            return (retrospectives, proposers);
        }

        foreach (var reviewed in new[] { current.Previous(), current })
        {
            var (from, until) = PlanningPrompts.Window(team.Calendar, reviewed);
            if (today < from.AddDays(-ZoneSpreadDays) || today > until.AddDays(ZoneSpreadDays))
            {
                continue;
            }

            // Read on every tick of these weeks, for every team: one row per member, not the quarter's answers and
            // proposals with their key results.
            if (team.PlanningPrompt == PlanningPrompt.AfterRetrospective)
            {
                retrospectives[reviewed] = await records.RetrospectivesRecordedAsync(team.WorkspaceId, team.Id, reviewed, cancellationToken);
            }

            var planned = reviewed.Next();
            proposers[planned] = await plans.ProposersAsync(team.WorkspaceId, team.Id, planned, cancellationToken);
        }

        return (retrospectives, proposers);
    }

    /// <summary>
    /// The streams whose review may still be owed: those started within the longest a review can take (its delay,
    /// its answer window, and the night a prompt may wait out). A review asked for now only ever comes earlier than
    /// that, so it needs no reading of its own. Cancelled ones and those not started yet are left out.
    /// </summary>
    private async Task<IReadOnlyList<LiveStream>> OwedStreamsAsync(Team team, StreamRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - rules.ReviewDelay - rules.AnswerWindow - StreamLookBack;
        var started = await streams.StreamsAsync(team.WorkspaceId, team.Id, from, now, cancellationToken);
        return [.. started.Where(s => s.CancelledAt is null)];
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> AnswerersAsync(Team team, IReadOnlyList<LiveStream> owed, CancellationToken cancellationToken)
    {
        var answerers = owed.ToDictionary(s => s.Id, _ => (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        if (owed.Count == 0)
        {
            return answerers;
        }

        var answers = await streams.StreamAnswersAsync(team.WorkspaceId, [.. owed.Select(s => s.Id)], cancellationToken);
        foreach (var byStream in answers.Where(a => a.SubjectId is not null).GroupBy(a => a.SubjectId!, StringComparer.Ordinal))
        {
            if (answerers.ContainsKey(byStream.Key))
            {
                answerers[byStream.Key] = byStream.Select(a => a.AuthorMemberId).ToHashSet(StringComparer.Ordinal);
            }
        }

        return answerers;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} has the unknown time zone {TimeZoneId}; they get no prompts until it is fixed")]
    private static partial void LogUnknownZone(ILogger logger, string memberId, string timeZoneId);
}
