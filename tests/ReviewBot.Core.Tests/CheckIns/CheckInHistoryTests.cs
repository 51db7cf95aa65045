using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.CheckIns;

public class CheckInHistoryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static CheckIn At(int week, decimal value, DateTimeOffset recordedAt, string keyResultId = "kr1") => new()
    {
        Id = Ids.New(),
        WorkspaceId = "w",
        KeyResultId = keyResultId,
        AuthorMemberId = "m",
        Quarter = new Quarter(2026, 4),
        WeekNumber = week,
        Value = value,
        Confidence = Confidence.OnTrack,
        Source = ChatPlatform.Playground,
        RecordedAt = recordedAt,
    };

    [Fact]
    public void The_latest_correction_within_a_week_is_the_one_that_counts()
    {
        var first = At(2, 100m, Monday);
        var correction = At(2, 120m, Monday.AddHours(3));
        var week3 = At(3, 150m, Monday.AddDays(7));

        var history = new CheckInHistory([week3, correction, first]);

        Assert.Equal([correction, week3], history.WeeklyValues("kr1"));
        Assert.Equal(week3, history.Latest("kr1"));
    }

    [Fact]
    public void A_key_result_without_check_ins_has_no_history()
    {
        var history = new CheckInHistory([At(1, 5m, Monday, "other")]);

        Assert.Empty(history.WeeklyValues("kr1"));
        Assert.Null(history.Latest("kr1"));
    }
}
