using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Reviews;

/// <summary>Live streams of the test team and their review answers, stored as the dialog would store them.</summary>
internal static class TeamStreams
{
    public static LiveStream Stream(this TestTeam team, string id, string title, DateTimeOffset startsAt, Member host, IReadOnlyList<Member>? crew = null, string currency = "USD", string? templateId = null, bool cancelled = false)
    {
        var stream = new LiveStream
        {
            Id = id,
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = team.Team.Id,
            Title = title,
            StartsAt = startsAt,
            Duration = TimeSpan.FromMinutes(90),
            Quarter = team.Team.Calendar.QuarterAt(startsAt, TimeZoneInfo.FindSystemTimeZoneById(team.Team.TimeZoneId)),
            WeekNumber = 1,
            HostMemberId = host.Id,
            CrewMemberIds = [.. (crew ?? []).Select(m => m.Id)],
            Currency = currency,
            TemplateId = templateId ?? ReviewTemplates.LiveStream.Id,
            CancelledAt = cancelled ? startsAt.AddDays(-1) : null,
        };
        team.Store.Streams.Add(stream);
        return stream;
    }

    /// <summary>One reviewer's answers to a stream, an hour after it ended.</summary>
    public static void Answered(this TestTeam team, LiveStream stream, Member who, params (string Question, object Answer)[] answers)
    {
        foreach (var (question, answer) in answers)
        {
            team.Store.Answers.Add(new ReviewAnswer(
                Ids.New(),
                TestTeam.WorkspaceId,
                stream.TemplateId,
                question,
                who.Id,
                stream.Quarter,
                stream.WeekNumber,
                null,
                Convert.ToString(answer, CultureInfo.InvariantCulture)!,
                stream.EndsAt.AddHours(1))
            {
                SubjectId = stream.Id,
            });
        }
    }

    /// <summary>A whole built-in review: the numbers, the three ratings, and the words.</summary>
    public static void Reviewed(this TestTeam team, LiveStream stream, Member who, decimal gmv, int orders, decimal conversion, int people, int goods, int scene) =>
        team.Answered(
            stream,
            who,
            (StreamMetrics.Viewers, 5000),
            (StreamMetrics.PeakViewers, 800),
            (StreamMetrics.WatchTime, 4.5m),
            (StreamMetrics.Orders, orders),
            (StreamMetrics.Gmv, gmv),
            (StreamMetrics.Conversion, conversion),
            ("people-rating", people),
            ("goods-rating", goods),
            ("scene-rating", scene));
}
