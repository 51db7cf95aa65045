using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.Conversation;

public class RetrospectiveTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task The_retrospective_is_not_open_in_the_middle_of_the_quarter()
    {
        var reply = (await _team.SayAsync(_team.Andy, "review retro")).Message();

        Assert.Equal("The 2026-Q4 retrospective opens on Dec 21, in the last two weeks of the quarter.", reply.Headline);
    }

    [Fact]
    public async Task In_the_last_week_checkin_opens_the_retrospective_and_its_answers_feed_the_quarter_review()
    {
        _team.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 15, 0, 0, TimeSpan.Zero));
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        Assert.Equal("checkin|quarter-retrospective|2026-Q4|14|andy", form.FormId);

        var incomplete = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [FormIds.Value("kr-us-revenue", "final")] = "26.1M",
        })).Form();
        Assert.Equal("Give the final value of 'Storefront conversion', for example 12.5%.", incomplete.Field(FormIds.Value("kr-conversion", "final")).Error);
        Assert.Equal("Say why 'US revenue' ended where it did.", incomplete.Field(FormIds.KeyResultText("kr-us-revenue", "cause")).Error);
        Assert.Equal("Please answer: What worked this quarter?", incomplete.Field("worked").Error);
        Assert.Empty(_team.Store.CheckIns);

        var saved = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [FormIds.Value("kr-us-revenue", "final")] = "26.1M",
            [FormIds.KeyResultText("kr-us-revenue", "cause")] = "Two renewals closed early.",
            [FormIds.Value("kr-conversion", "final")] = "2.7%",
            [FormIds.KeyResultText("kr-conversion", "cause")] = "Checkout redesign shipped late.",
            ["worked"] = "Weekly calls with key accounts.",
            ["change"] = "Start renewals a month earlier.",
        })).Message();

        Assert.Equal("Retrospective for 2026-Q4 saved. Thank you, Andy.", saved.Headline);
        Assert.Equal(2, _team.Store.CheckIns.Count);
        Assert.All(_team.Store.CheckIns, c => Assert.Equal(14, c.WeekNumber));
        Assert.Equal(Core.CheckIns.Confidence.OnTrack, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue").Confidence);
        Assert.Equal(4, _team.Store.Answers.Count);

        _team.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var review = (await _team.SayAsync(_team.Mia, "review quarter last")).Message();
        Assert.Equal("Export Sales · 2026-Q4 review (final)", review.Headline);
        Assert.Contains("• US revenue (Andy Miller): Two renewals closed early.", review.Sections[3].Text, StringComparison.Ordinal);
        Assert.Contains("• Andy Miller: Start renewals a month earlier.", review.Sections[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_first_weeks_of_a_quarter_the_retrospective_is_for_the_quarter_that_ended()
    {
        _team.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));

        var form = (await _team.SayAsync(_team.Andy, "review retro")).Form();

        Assert.Equal("checkin|quarter-retrospective|2026-Q4|14|andy", form.FormId);
    }

    [Fact]
    public async Task The_retrospective_works_as_a_text_dialog_too()
    {
        _team.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 15, 0, 0, TimeSpan.Zero));
        await _team.SayAsync(_team.Andy, "review retro text");

        Assert.StartsWith("The quarter retrospective needs a value for 'US revenue'", Assert.IsType<MessageReply>((await _team.SayAsync(_team.Andy, "skip"))[0]).Sections[0].Text, StringComparison.Ordinal);
        foreach (var answer in new[] { "26.1M", "2.7%", "Renewals closed early.", "Redesign shipped late.", "Weekly calls.", "Start earlier." })
        {
            await _team.SayAsync(_team.Andy, answer);
        }

        Assert.Equal(2, _team.Store.CheckIns.Count);
        Assert.Equal(4, _team.Store.Answers.Count);
    }
}
