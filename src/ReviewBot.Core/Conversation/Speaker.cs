using System.Globalization;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Conversation;

/// <summary>The person behind a turn, as the team's member list knows them, at the moment they spoke.</summary>
public sealed record Speaker(Member Member, Team Team, IReadOnlyList<Member> TeamMembers, DateTimeOffset Now)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(Member.TimeZoneId);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Member.Locale);

    public bool IsManager => Member.IsManager;

    /// <summary>This week, in the speaker's own time zone.</summary>
    public CheckInWeek Week => Team.Calendar.WeekAt(Now, Zone);

    public Quarter Quarter => Week.Quarter;

    public Member? MemberById(string? id) => id is null ? null : TeamMembers.FirstOrDefault(m => m.Id == id);

    public string NameOf(string? memberId) => MemberById(memberId)?.Name ?? Team.Name;
}
