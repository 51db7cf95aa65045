using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// A whole check-in by a zh-CN member, in the text dialog and in the form, read entirely in Chinese with
/// values in 万 and answered with Chinese words; the same check-in by an en-US member reads entirely in English.
/// </summary>
public class CheckInInChineseTests
{
    // What people typed or set up themselves: key result titles, the quarter id, the blockers.
    private static readonly string[] Typed = ["US revenue", "Storefront conversion", "2026-Q4"];

    private static string Value(string kr) => FormIds.Value(kr, "progress");

    private static string ConfidenceOf(string kr) => FormIds.Confidence(kr, "progress");

    private static string Comment(string kr) => FormIds.Comment(kr, "progress");

    [Fact]
    public async Task A_chinese_member_checks_in_through_the_text_dialog_in_chinese_and_an_unreadable_value_is_explained_with_chinese_examples()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        var read = new List<string>();
        async Task<IReadOnlyList<Reply>> Say(string text)
        {
            var replies = await team.SayAsync(team.Andy, text);
            read.Add(replies.Text());
            return replies;
        }

        var start = await Say("复盘 签到 文字");
        var wrong = await Say("很多");
        await Say("1,420万");
        await Say("有风险：两笔订单推迟到下个月");
        var doubted = await Say("260%");
        await Say("2.6%");
        await Say("正常");
        await team.SayAsync(team.Andy, "清关文件还没办好");

        Assert.Equal("每周签到：第 8 周，一次问一个问题", Assert.IsType<MessageReply>(start[0]).Headline);
        Assert.Equal("US revenue（第 1 题，共 5 题）", Assert.IsType<MessageReply>(start[^1]).Headline);
        Assert.Equal("当前数值是多少（以 USD 计的金额）？目标 US$2,470万；还没有填报过。", Assert.IsType<MessageReply>(start[^1]).Sections[0].Text);
        Assert.Equal("没能读懂“很多”：“US revenue”要填的是以 USD 计的金额。可以写成 320万 或 3,200,000。", Assert.IsType<MessageReply>(wrong[0]).Sections[0].Text);
        Assert.Equal("Storefront conversion：你是想填 2.6% 吗？", doubted.Message().Headline);
        Assert.All(read, text => LanguageAssert.Chinese(text, Typed));
        var revenue = team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue");
        Assert.Equal((14_200_000m, Confidence.AtRisk, "两笔订单推迟到下个月", "清关文件还没办好"), (revenue.Value, revenue.Confidence, revenue.Comment, revenue.Blockers));
        var conversion = team.Store.CheckIns.Single(c => c.KeyResultId == "kr-conversion");
        Assert.Equal((2.6m, Confidence.OnTrack), (conversion.Value, conversion.Confidence));
    }

    [Fact]
    public async Task An_english_member_of_the_same_team_checks_in_through_the_text_dialog_in_english()
    {
        var team = new TestTeam(miaLocale: "zh-CN");
        var read = new List<string>();
        async Task Say(string text) => read.Add((await team.SayAsync(team.Andy, text)).Text());

        await Say("review checkin text");
        await Say("lots");
        await Say("14.2M");
        await Say("at risk: two orders slipped");
        await Say("260%");
        await Say("2.6%");
        await Say("on track");
        await team.SayAsync(team.Andy, "Customs paperwork");

        Assert.Contains("I couldn't read 'lots' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", read[1], StringComparison.Ordinal);
        Assert.Contains("Storefront conversion: did you mean 2.6%?", read[4], StringComparison.Ordinal);
        Assert.All(read, text => LanguageAssert.English(text, Typed));
        Assert.Equal(14_200_000m, team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue").Value);
        Assert.Equal(2.6m, team.Store.CheckIns.Single(c => c.KeyResultId == "kr-conversion").Value);
    }

    [Fact]
    public async Task The_words_that_steer_the_text_dialog_work_in_chinese()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        team.CheckedIn(team.Andy, team.Conversion, 7, 2.45m);
        await team.SayAsync(team.Andy, "复盘 签到 文字");

        Assert.Equal("Storefront conversion（第 3 题，共 5 题）", (await team.SayAsync(team.Andy, "跳过")).Message().Headline);
        Assert.Equal("US revenue（第 1 题，共 5 题）", (await team.SayAsync(team.Andy, "返回")).Message().Headline);
        await team.SayAsync(team.Andy, "跳过");
        await team.SayAsync(team.Andy, "不变");
        await team.SayAsync(team.Andy, "按计划");
        await team.SayAsync(team.Andy, "无");

        var kept = Assert.Single(team.Store.CheckIns, c => c.WeekNumber == 8);
        Assert.Equal((2.45m, Confidence.OnTrack), (kept.Value, kept.Confidence));
    }

    [Fact]
    public async Task Cancel_in_chinese_ends_the_dialog_in_chinese_and_saves_nothing()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        await team.SayAsync(team.Andy, "复盘 签到 文字");
        await team.SayAsync(team.Andy, "1,420万");

        var reply = (await team.SayAsync(team.Andy, "取消")).Message();

        Assert.Equal("每周签到已取消，什么都没有保存。", reply.Headline);
        LanguageAssert.Chinese(reply.Text());
        Assert.Empty(team.Store.CheckIns);
    }

    [Fact]
    public async Task A_chinese_member_checks_in_through_the_form_in_chinese_and_an_unreadable_value_comes_back_explained_in_chinese()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        var form = (await team.SayAsync(team.Andy, "复盘 签到")).Form();
        var values = new Dictionary<string, string>
        {
            [Value("kr-us-revenue")] = "很多",
            [ConfidenceOf("kr-us-revenue")] = "at-risk",
            [Comment("kr-us-revenue")] = "两笔订单推迟到下个月",
            [Value("kr-conversion")] = "2.6%",
            [ConfidenceOf("kr-conversion")] = "on-track",
            ["blockers"] = "清关文件还没办好",
        };

        var again = (await team.SubmitAsync(team.Andy, form.FormId, values)).Form();
        values[Value("kr-us-revenue")] = "US$1,420万";
        await team.SubmitAsync(team.Andy, form.FormId, values);

        Assert.Equal("每周签到：第 8 周", form.Title);
        Assert.Equal("目标 US$2,470万。还没有填报过，起始值是 US$0。", form.Field(Value("kr-us-revenue")).Hint);
        Assert.Equal(["正常", "有风险", "偏离"], form.Field(ConfidenceOf("kr-us-revenue")).Choices!.Select(c => c.Label));
        Assert.Equal("保存签到", form.SubmitLabel);
        LanguageAssert.Chinese(form.Text(), Typed);
        Assert.Equal("没能读懂“很多”：“US revenue”要填的是以 USD 计的金额。可以写成 320万 或 3,200,000。", again.Field(Value("kr-us-revenue")).Error);
        LanguageAssert.Chinese(again.Text(), [.. Typed, .. values.Values]);
        Assert.Equal(14_200_000m, team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue").Value);
    }

    [Fact]
    public async Task An_english_member_of_the_same_team_gets_the_form_in_english()
    {
        var team = new TestTeam(miaLocale: "zh-CN");
        var form = (await team.SayAsync(team.Andy, "review checkin")).Form();
        var values = new Dictionary<string, string>
        {
            [Value("kr-us-revenue")] = "lots",
            [ConfidenceOf("kr-us-revenue")] = "at-risk",
            [Value("kr-conversion")] = "2.6%",
            [ConfidenceOf("kr-conversion")] = "on-track",
        };

        var again = (await team.SubmitAsync(team.Andy, form.FormId, values)).Form();
        values[Value("kr-us-revenue")] = "14.2M";
        await team.SubmitAsync(team.Andy, form.FormId, values);

        LanguageAssert.English(form.Text(), Typed);
        Assert.Equal("I couldn't read 'lots' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", again.Field(Value("kr-us-revenue")).Error);
        LanguageAssert.English(again.Text(), Typed);
        Assert.Equal(14_200_000m, team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue").Value);
    }

    [Fact]
    public async Task A_doubtful_value_in_the_form_is_questioned_in_chinese()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        var form = (await team.SayAsync(team.Andy, "复盘 签到")).Form();

        var again = (await team.SubmitAsync(team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-conversion")] = "260%",
            [ConfidenceOf("kr-conversion")] = "on-track",
        })).Form();

        Assert.Equal("260% 远远超出了百分比 0–100% 的范围。你是想填 2.6% 吗？如果没错，原样再提交一次就会保留 260%；不对的话请改正。", again.Field(Value("kr-conversion")).Error);
    }
}
