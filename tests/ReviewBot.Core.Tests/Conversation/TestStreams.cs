using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// A live stream of <see cref="TestTeam"/>'s: "Black Friday EU", Thursday 19 November 2026 20:00–21:30 in Shanghai
/// (12:00–13:30 UTC), hosted by Andy with Ben as crew, selling in EUR. At the team's "now" (Friday 10:00 UTC) it
/// ended 20½ hours ago; its review was asked for 30 minutes after it ended, so answers are taken for another 4 hours.
/// </summary>
internal static class TestStreams
{
    public static readonly DateTimeOffset StartsAt = new(2026, 11, 19, 12, 0, 0, TimeSpan.Zero);

    public static LiveStream BlackFriday(this TestTeam team, string templateId = "live-stream")
    {
        var stream = new LiveStream
        {
            Id = "stream-1",
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = team.Team.Id,
            Title = "Black Friday EU",
            StartsAt = StartsAt,
            Duration = TimeSpan.FromMinutes(90),
            Quarter = TestTeam.Q4,
            WeekNumber = team.Team.Calendar.WeekOf(new DateOnly(2026, 11, 19)).Number,
            HostMemberId = team.Andy.Id,
            CrewMemberIds = [team.Ben.Id],
            Currency = "EUR",
            TemplateId = templateId,
        };
        team.Store.Streams.Add(stream);
        return stream;
    }

    /// <summary>Every answer of the built-in live-stream review, as a form would submit them.</summary>
    public static Dictionary<string, string> FullReview(string viewers = "12000", string peak = "800", string gmv = "12500", string conversion = "1.25%") => new()
    {
        ["viewers"] = viewers,
        ["peak-viewers"] = peak,
        ["watch-time"] = "6",
        ["orders"] = "150",
        ["gmv"] = gmv,
        ["conversion"] = conversion,
        ["people-rating"] = "4",
        ["people-comment"] = "Good energy",
        ["goods-rating"] = "3",
        ["scene-rating"] = "5",
        ["keep"] = "The countdown deals",
        ["change"] = "Test the sound first",
    };
}
