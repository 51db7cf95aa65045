using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// The review rhythm read by a Chinese member and an English one on the same team: each reads the quarter
/// review, their key results, the week and every prompt in their own language, and the channel reads the team's.
/// </summary>
public class ReviewsInChineseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_chinese_member_reads_their_quarter_review_in_chinese_while_the_english_manager_reads_the_teams_in_english()
    {
        var team = WithWeeks(new TestTeam(andyLocale: "zh-CN"));
        var reports = new RecordingReviewReports();
        team.ShareReports(reports, reports);

        var andy = (await team.SayAsync(team.Andy, "复盘 季度")).Text();
        var mia = (await team.SayAsync(team.Mia, "review quarter")).Text();

        LanguageAssert.Chinese(andy, Typed(team));
        Assert.Contains("一、回顾目标", andy, StringComparison.Ordinal);
        Assert.Contains("四、总结经验", andy, StringComparison.Ordinal);
        Assert.Contains("[打开完整报告]", andy, StringComparison.Ordinal);
        LanguageAssert.English(mia, Typed(team));
        Assert.Contains("1. Goals and their basis", mia, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_in_chinese_posts_its_channel_review_in_chinese_while_an_english_members_own_review_of_the_quarter_is_english()
    {
        var team = WithWeeks(new TestTeam());

        var posted = await team.Engine.QuarterReviewPostAsync(team.Team with { Locale = "zh-CN" }, TestTeam.Q4, Ct);
        var andy = (await team.SayAsync(team.Andy, "review quarter")).Text();

        Assert.Equal(ReplyAudience.Channel, posted.Audience);
        LanguageAssert.Chinese(posted.Text(), Typed(team));
        Assert.StartsWith("Export Sales · 2026-Q4 季度复盘（进行中：第 8 周", posted.Headline, StringComparison.Ordinal);
        LanguageAssert.English(andy, Typed(team));
        Assert.StartsWith("Andy Miller · 2026-Q4 review so far (week 8 of", andy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_member_reads_their_key_results_and_exports_in_chinese()
    {
        var team = WithWeeks(new TestTeam(andyLocale: "zh-CN"));
        var reports = new RecordingReviewReports();
        team.ShareReports(reports, reports);

        var mine = (await team.SayAsync(team.Andy, "复盘 我的")).Text();
        var export = (await team.SayAsync(team.Andy, "复盘 季度 csv")).Text();
        var english = (await team.SayAsync(team.Ben, "review me")).Text();

        LanguageAssert.Chinese(mine, Typed(team));
        Assert.Contains("有风险", mine, StringComparison.Ordinal);
        LanguageAssert.Chinese(export, Typed(team));
        LanguageAssert.English(english, Typed(team));
    }

    [Fact]
    public async Task A_chinese_manager_reads_the_teams_week_in_chinese_and_an_english_one_in_english()
    {
        var chinese = WithWeeks(new TestTeam(miaLocale: "zh-CN"));
        var english = WithWeeks(new TestTeam());

        var week = (await chinese.SayAsync(chinese.Mia, "复盘 本周")).Text();
        var englishWeek = (await english.SayAsync(english.Mia, "review week")).Text();

        LanguageAssert.Chinese(week, Typed(chinese));
        Assert.Contains("有风险或已偏离", week, StringComparison.Ordinal);
        LanguageAssert.English(englishWeek, Typed(english));
    }

    [Fact]
    public async Task The_check_in_prompt_reminder_and_retrospective_prompt_follow_each_members_locale()
    {
        var team = WithWeeks(new TestTeam(andyLocale: "zh-CN"));
        // Monday 21 December 2026: the quarter's last two weeks, when the retrospective is open.
        var retroTime = new DateTimeOffset(2026, 12, 21, 2, 0, 0, TimeSpan.Zero);

        var prompt = (await team.Engine.CheckInPromptAsync(team.Andy, Ct))!.Text();
        var reminder = (await team.Engine.ReminderAsync(team.Andy, Ct))!.Text();
        var retrospective = (await team.Engine.RetrospectivePromptAsync(team.Andy, team.Team, retroTime, Ct))!.Text();
        var benPrompt = (await team.Engine.CheckInPromptAsync(team.Ben, Ct))!.Text();
        var benRetrospective = (await team.Engine.RetrospectivePromptAsync(team.Ben, team.Team, retroTime, Ct))!.Text();

        LanguageAssert.Chinese(prompt, Typed(team));
        Assert.StartsWith("Andy，第 8 周的填报时间到了", prompt, StringComparison.Ordinal);
        LanguageAssert.Chinese(reminder, Typed(team));
        LanguageAssert.Chinese(retrospective, Typed(team));
        LanguageAssert.English(benPrompt, Typed(team));
        LanguageAssert.English(benRetrospective, Typed(team));
    }

    [Fact]
    public async Task The_weekly_digest_of_a_chinese_team_reads_chinese()
    {
        var team = WithWeeks(new TestTeam(andyLocale: "zh-CN"));

        var digest = await team.Engine.WeeklyDigestAsync(team.Team with { Locale = "zh-CN" }, TestTeam.Q4, 7, Ct);
        var english = await team.Engine.WeeklyDigestAsync(team.Team, TestTeam.Q4, 7, Ct);

        LanguageAssert.Chinese(digest.Text(), Typed(team));
        Assert.StartsWith("每周简报 · Export Sales · 2026-Q4 第 7 周", digest.Headline, StringComparison.Ordinal);
        LanguageAssert.English(english.Text(), Typed(team));
    }

    /// <summary>Seven weeks of Andy's check-ins, the conversion rate at risk in his own words, and Ben's first week.</summary>
    private static TestTeam WithWeeks(TestTeam team)
    {
        for (var week = 1; week <= 7; week++)
        {
            team.CheckedIn(team.Andy, team.UsRevenue, week, 2_000_000m * week, blockers: week > 5 ? "Port strike in Long Beach" : null);
            team.CheckedIn(team.Andy, team.Conversion, week, 2.1m + (0.05m * week), week == 7 ? Confidence.AtRisk : Confidence.OnTrack, week == 7 ? "Checkout still slow" : null);
        }

        team.CheckedIn(team.Ben, team.EuropeRevenue, 1, 1_000_000m);
        return team;
    }

    /// <summary>What people typed, kept as typed in either language: names, titles, markets, their comments.</summary>
    private static List<string> Typed(TestTeam team)
    {
        var keyResults = new[] { team.UsRevenue, team.Conversion, team.EuropeRevenue, team.Storefront };
        return
        [
            .. new[] { team.Mia, team.Andy, team.Ben }.SelectMany(m => new[] { m.Name, m.Name.Split(' ')[0], m.Market }),
            .. keyResults.SelectMany(k => new[] { k.Title, k.Basis }),
            team.Team.Name, "Grow export revenue", "The order book supports it", "Test holiday",
            "Checkout still slow", "Port strike in Long Beach", "2026-Q4", "2026-Q3",
        ];
    }
}
