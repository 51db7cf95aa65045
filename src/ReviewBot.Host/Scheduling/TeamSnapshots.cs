using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Scheduling;

/// <summary>Reads what the planner needs about one team from storage, so that the planning itself stays pure.</summary>
public sealed partial class TeamSnapshots(
    ITeamDirectory directory,
    ITeamOkrs okrs,
    ICheckInRecords records,
    IDeliverySchedule schedule,
    ILogger<TeamSnapshots> logger)
{
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
        return new TeamSnapshot
        {
            Team = team,
            Members = members,
            KeyResultOwners = quarter => owners.TryGetValue(quarter, out var set) ? set : new HashSet<string>(),
            Leaves = leaves,
            CheckIns = checkIns,
            Delivered = await schedule.SentSinceAsync(team.WorkspaceId, team.Id, since, cancellationToken),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} has the unknown time zone {TimeZoneId}; they get no prompts until it is fixed")]
    private static partial void LogUnknownZone(ILogger logger, string memberId, string timeZoneId);
}
