using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class ChineseCommandTests
{
    private readonly TestTeam _team = new();

    [Theory]
    [InlineData("复盘 帮助", "help")]
    [InlineData("复盘帮助", "help")]
    [InlineData("复盘", "help")]
    [InlineData("复盘 签到", "checkin")]
    [InlineData("复盘 我的", "me")]
    [InlineData("复盘本周", "week")]
    [InlineData("复盘\u3000季度", "quarter")]
    [InlineData("复盘 提醒", "remind")]
    [InlineData("复盘 目标", "okrs")]
    [InlineData("复盘 回顾", "retro")]
    [InlineData("复盘 请假 2026-12-22..2027-01-02", "leave")]
    [InlineData("/review 季度", "quarter")]
    [InlineData("复盘 quarter", "quarter")]
    public void A_chinese_command_reads_as_the_english_verb_it_names(string text, string verb)
    {
        Assert.True(CommandLine.LooksLikeCommand(text));

        Assert.Equal(verb, CommandLine.Parse(text).Verb);
    }

    [Fact]
    public void A_chinese_verb_run_into_its_argument_keeps_the_argument()
    {
        Assert.Equal(new CommandLine("quarter", ["2026-Q3", "@Andy"]).Arguments, CommandLine.Parse("复盘季度2026-Q3 @Andy").Arguments);
        Assert.Equal("quarter", CommandLine.Parse("复盘季度2026-Q3 @Andy").Verb);
        Assert.Equal(["2026-12-22..2027-01-02"], CommandLine.Parse("复盘 请假 2026-12-22..2027-01-02").Arguments);
    }

    [Theory]
    [InlineData("复盘发现客户更看重交期")]
    [InlineData("复盘 下来，主要是汇率影响")]
    [InlineData("复盘 meeting notes")]
    [InlineData("复盘 目标达成率低，因为汇率")]
    [InlineData("复盘目标达成率低")]
    public void A_retrospective_answer_that_opens_with_the_word_stays_an_answer(string text)
    {
        Assert.False(CommandLine.LooksLikeCommand(text));
    }

    [Fact]
    public async Task A_command_in_chinese_gets_the_same_answer_as_the_english_one()
    {
        var chinese = (await _team.SayAsync(_team.Andy, "复盘 我的")).Message();
        var english = (await new TestTeam().SayAsync(_team.Andy, "review me")).Message();

        Assert.Equal(english.Headline, chinese.Headline);
        Assert.Equal(english.Sections.SelectMany(s => s.Facts).Select(f => f.Label), chinese.Sections.SelectMany(s => s.Facts).Select(f => f.Label));
    }

    [Fact]
    public async Task A_member_is_never_told_a_chinese_managers_command_is_theirs_to_run()
    {
        var reply = (await _team.SayAsync(_team.Andy, "复盘 提醒")).Message();
        var english = (await new TestTeam().SayAsync(_team.Andy, "review remind")).Message();

        Assert.Equal(english.Headline, reply.Headline);
    }
}
