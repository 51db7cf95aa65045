using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Conversation;

public class DeliveryProblemTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task The_managers_week_says_whom_the_bot_could_not_reach_this_week_and_why()
    {
        Problem(new DeliveryProblem("ben", DeliveryKind.WeeklyPrompt, 8, GaveUp: true, "user left the workspace", 1));
        Problem(new DeliveryProblem(null, DeliveryKind.WeeklyDigest, 8, GaveUp: false, "rate limited", 2));
        Problem(new DeliveryProblem("andy", DeliveryKind.Reminder, 7, GaveUp: true, "last week's, not this one's", 1));
        _team.Store.DeliveryProblems.Add(("ws-other", _team.Team.Id, TestTeam.Q4, new DeliveryProblem("andy", DeliveryKind.WeeklyPrompt, 8, GaveUp: true, "another workspace's", 1)));

        var week = (await _team.SayAsync(_team.Mia, "review week")).Message();

        var section = week.Sections[^1];
        Assert.Equal("Couldn't reach", section.Title);
        Assert.Equal(
            ["Ben Weber — weekly prompt: user left the workspace (gave up)", "Export Sales's channel — weekly digest post: retrying: rate limited (2 attempts)"],
            section.Facts.Select(f => $"{f.Label}: {f.Value}"));
    }

    [Fact]
    public async Task A_week_where_everything_arrived_has_no_section_about_it()
    {
        var week = (await _team.SayAsync(_team.Mia, "review week")).Message();

        Assert.DoesNotContain(week.Sections, s => s.Title == "Couldn't reach");
    }

    [Fact]
    public async Task In_the_first_weeks_of_a_quarter_a_failed_post_of_the_last_quarters_review_is_shown()
    {
        _team.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        Problem(new DeliveryProblem(null, DeliveryKind.QuarterReview, null, GaveUp: true, "the bot was removed from the channel", 1));
        Problem(new DeliveryProblem("andy", DeliveryKind.WeeklyPrompt, 14, GaveUp: true, "the last week's prompt is old news", 1));

        var week = (await _team.SayAsync(_team.Mia, "review week")).Message();

        Assert.Equal(["Export Sales's channel — quarter review post: the bot was removed from the channel (gave up)"], week.Sections[^1].Facts.Select(f => $"{f.Label}: {f.Value}"));
    }

    [Fact]
    public async Task A_planning_prompt_that_did_not_arrive_is_named_as_one_in_the_managers_language()
    {
        var chinese = new TestTeam(miaLocale: "zh-CN");
        foreach (var team in new[] { _team, chinese })
        {
            team.Store.DeliveryProblems.Add((TestTeam.WorkspaceId, team.Team.Id, TestTeam.Q4, new DeliveryProblem("ben", DeliveryKind.PlanningPrompt, null, GaveUp: true, "has no Slack account linked in the OKR file", 1)));
        }

        var english = (await _team.SayAsync(_team.Mia, "review week")).Message().Sections[^1].Facts.Single();
        var inChinese = (await chinese.SayAsync(chinese.Mia, "review week")).Message().Sections[^1].Facts.Single();

        Assert.Equal("Ben Weber — planning prompt", english.Label);
        Assert.Equal("Ben Weber — 下季度规划邀请", inChinese.Label);
    }

    [Fact]
    public async Task Members_do_not_see_the_teams_delivery_problems()
    {
        Problem(new DeliveryProblem("ben", DeliveryKind.WeeklyPrompt, 8, GaveUp: true, "user left the workspace", 1));

        var reply = await _team.SayAsync(_team.Andy, "review week");

        Assert.DoesNotContain("user left", reply.Text(), StringComparison.Ordinal);
    }

    private void Problem(DeliveryProblem problem) =>
        _team.Store.DeliveryProblems.Add((TestTeam.WorkspaceId, _team.Team.Id, TestTeam.Q4, problem));
}
