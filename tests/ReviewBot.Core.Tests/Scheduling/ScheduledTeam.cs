using ReviewBot.Core.CheckIns;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.Scheduling;

/// <summary>
/// A team spread over New York, Berlin and Singapore, checking in on Mondays at 09:00, and a host
/// that runs the planner every hour and records what it sends, as the real job does.
/// </summary>
internal sealed class ScheduledTeam
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly TimeZoneInfo Singapore = TimeZoneInfo.FindSystemTimeZoneById("Asia/Singapore");

    public static readonly Team Team = new()
    {
        Id = "t1",
        WorkspaceId = "w1",
        Key = "export",
        Name = "Export Sales",
        TimeZoneId = "Europe/Berlin",
        ReportingCurrency = "USD",
        CheckIn = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0)),
        Holidays =
        [
            new Holiday("Europe", new DateOnly(2026, 10, 26), "Regional holiday (a Monday)"),
            new Holiday("Europe", new DateOnly(2026, 11, 18), "Regional holiday (a Wednesday)"),
            new Holiday("US", new DateOnly(2026, 11, 26), "Thanksgiving"),
            new Holiday("Europe", new DateOnly(2026, 12, 25), "Christmas Day"),
        ],
    };

    public static readonly Member Andy = Make("andy", "US", "America/New_York");
    public static readonly Member Berta = Make("berta", "Europe", "Europe/Berlin");
    public static readonly Member Chen = Make("chen", "India & SEA", "Asia/Singapore");
    public static readonly Member Dora = Make("dora", "Europe", "Europe/Berlin");
    public static readonly Member Emil = Make("emil", "US", "America/New_York");

    private readonly List<CheckIn> checkIns = [];
    private readonly Dictionary<string, DateTimeOffset> delivered = new(StringComparer.Ordinal);
    private readonly Dictionary<Quarter, Dictionary<string, DateTimeOffset>> retrospectives = [];
    private readonly Dictionary<Quarter, HashSet<string>> proposers = [];

    public ScheduledTeam(IReadOnlyList<Member> members, Func<string, int, bool>? answers = null)
    {
        Members = members;
        Answers = answers ?? ((_, _) => false);
    }

    public IReadOnlyList<Member> Members { get; }

    /// <summary>Whether a member answers a week's prompt (at once, when it arrives).</summary>
    public Func<string, int, bool> Answers { get; }

    public IReadOnlyList<Leave> Leaves { get; init; } = [];

    public ScheduleRules Rules { get; init; } = ScheduleRules.Default;

    /// <summary>When the team asks its members to plan next quarter (the team file's <c>planning.prompt</c>).</summary>
    public PlanningPrompt PlanningPrompt { get; init; } = PlanningPrompt.AfterRetrospective;

    public List<(DueDelivery Delivery, DateTimeOffset SentAt)> Sent { get; } = [];

    public static Member Make(string id, string market, string zone) => new()
    {
        Id = id,
        WorkspaceId = "w1",
        TeamId = "t1",
        Name = id,
        Market = market,
        TimeZoneId = zone,
        Locale = "en-US",
    };

    /// <summary>Everyone but Emil owns key results, in every quarter.</summary>
    public static IReadOnlySet<string> Owners(Quarter quarter) => new HashSet<string>(["andy", "berta", "chen", "dora"], StringComparer.Ordinal);

    public TeamSnapshot Snapshot() => new()
    {
        Team = Team with { PlanningPrompt = PlanningPrompt },
        Members = Members,
        KeyResultOwners = Owners,
        Leaves = Leaves,
        CheckIns = [.. checkIns],
        RetrospectivesRecorded = quarter => retrospectives.TryGetValue(quarter, out var byMember)
            ? new Dictionary<string, DateTimeOffset>(byMember, StringComparer.Ordinal)
            : new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal),
        PlanProposers = quarter => proposers.TryGetValue(quarter, out var members) ? new HashSet<string>(members, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal),
        Delivered = new Dictionary<string, DateTimeOffset>(delivered, StringComparer.Ordinal),
    };

    public void Record(string key, DateTimeOffset at) => delivered[key] = at;

    /// <summary>The member's retrospective of the quarter is saved at <paramref name="at"/>; a correction later keeps the first instant.</summary>
    public void RecordRetrospective(string memberId, Quarter quarter, DateTimeOffset at)
    {
        if (!retrospectives.TryGetValue(quarter, out var byMember))
        {
            retrospectives[quarter] = byMember = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }

        byMember.TryAdd(memberId, at);
    }

    /// <summary>The member has a proposal for the planned quarter that is not sent back.</summary>
    public void Propose(string memberId, Quarter planned)
    {
        if (!proposers.TryGetValue(planned, out var members))
        {
            proposers[planned] = members = new HashSet<string>(StringComparer.Ordinal);
        }

        members.Add(memberId);
    }

    /// <summary>Runs the planner at every whole hour in [from, to), except while <paramref name="down"/> says the host is down.</summary>
    public void Run(DateTimeOffset from, DateTimeOffset to, Func<DateTimeOffset, bool>? down = null)
    {
        for (var now = from; now < to; now = now.AddHours(1))
        {
            if (down?.Invoke(now) == true)
            {
                continue;
            }

            foreach (var due in DeliveryPlanner.Due(Snapshot(), now, Rules))
            {
                delivered[due.Key] = now;
                Sent.Add((due, now));
                if (due.Kind is DeliveryKind.WeeklyPrompt or DeliveryKind.RetrospectivePrompt)
                {
                    AnswerIfTheyWould(due, now);
                }
            }
        }
    }

    private void AnswerIfTheyWould(DueDelivery prompt, DateTimeOffset now)
    {
        var member = Members.Single(m => m.Id == prompt.MemberId);
        var week = Team.Calendar.WeekAt(now, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));
        if (Answers(member.Id, week.Number))
        {
            if (prompt.Kind == DeliveryKind.RetrospectivePrompt)
            {
                RecordRetrospective(member.Id, week.Quarter, now);
            }

            checkIns.Add(new CheckIn
            {
                Id = $"c{checkIns.Count}",
                WorkspaceId = "w1",
                KeyResultId = $"kr-{member.Id}",
                AuthorMemberId = member.Id,
                Quarter = week.Quarter,
                WeekNumber = week.Number,
                Value = 1m,
                Confidence = Confidence.OnTrack,
                Source = ChatPlatform.Playground,
                RecordedAt = now,
            });
        }
    }
}
