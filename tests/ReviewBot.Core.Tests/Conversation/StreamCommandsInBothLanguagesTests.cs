using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>review stream for Andy reading Chinese and Mia reading English, on the same team.</summary>
public class StreamCommandsInBothLanguagesTests
{
    [Fact]
    public async Task A_chinese_member_schedules_a_stream_in_chinese_words_and_reads_the_confirmation_in_chinese()
    {
        var team = new TestTeam(andyLocale: "zh-CN");

        var reply = (await team.SayAsync(team.Andy, "复盘 直播 添加 明天 20:00 1小时30分钟 “双十二预热” @Andy @Ben EUR")).Text();

        var stream = Assert.Single(team.Store.Streams);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero), stream.StartsAt);
        Assert.Equal(("双十二预热", "andy"), (stream.Title, stream.HostMemberId));
        LanguageAssert.Chinese(reply, "Andy Miller", "Ben Weber", "EUR", "review");
        Assert.Contains("1小时30分钟", reply, StringComparison.Ordinal);
        Assert.Contains("11月21日", reply, StringComparison.Ordinal);
        Assert.Contains("复盘 直播 取消", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_now_and_cancel_read_in_each_readers_language()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        var now = team.Time.GetUtcNow();
        team.Store.Streams.AddRange(
        [
            StreamCommandTests.Stream(team, "s-live", "On air", now.AddMinutes(-20)) with { HostMemberId = team.Andy.Id, CrewMemberIds = [team.Ben.Id] },
            StreamCommandTests.Stream(team, "s-later", "Later", now.AddDays(1)) with { HostMemberId = team.Andy.Id },
        ]);

        var chineseList = (await team.SayAsync(team.Andy, "复盘 直播 列表")).Text();
        var englishList = (await team.SayAsync(team.Mia, "review stream")).Text();
        var chineseNow = (await team.SayAsync(team.Andy, "复盘 直播 现在")).Text();
        var chineseCancel = (await team.SayAsync(team.Andy, "复盘 直播 取消 Later")).Text();

        LanguageAssert.Chinese(chineseList, "On air", "Later", "Andy Miller", "Export Sales", "review");
        Assert.Contains("已安排", chineseList, StringComparison.Ordinal);
        LanguageAssert.English(englishList, "On air", "Later", "Andy Miller", "Export Sales");
        Assert.Contains("hosted by Andy Miller · scheduled", englishList, StringComparison.Ordinal);
        LanguageAssert.Chinese(chineseNow, "On air");
        LanguageAssert.Chinese(chineseCancel, "Later");
        Assert.NotNull(team.Store.Streams.Single(s => s.Id == "s-live").ReviewRequestedAt);
        Assert.NotNull(team.Store.Streams.Single(s => s.Id == "s-later").CancelledAt);
    }

    [Theory]
    [InlineData("复盘 直播 添加 明天 20:00 90分钟 “双十二预热” @Zoe")]
    [InlineData("复盘 直播 添加 2026-11-19 20:00 90分钟 “双十二预热” @Andy")]
    [InlineData("复盘 直播 添加 明天 20:00 3分钟 “双十二预热” @Andy")]
    [InlineData("复盘 直播 添加 明天 20:00 90分钟 “双十二预热” @Andy GBP")]
    [InlineData("复盘 直播 添加 明天 20:00 90分钟 “双十二预热” @Andy 模板 闪购")]
    [InlineData("复盘 直播 添加 明天 20:00 90分钟 “双十二预热”")]
    [InlineData("复盘 直播 添加 明天 90分钟 “双十二预热” @Andy")]
    [InlineData("复盘 直播 添加 明天 20:00 90分钟 “双十二预热” @Ben")]
    [InlineData("复盘 直播 现在")]
    [InlineData("复盘 直播 取消")]
    [InlineData("复盘 直播 取消 不存在")]
    [InlineData("复盘 直播 随便")]
    [InlineData("复盘 直播")]
    public async Task What_is_refused_is_refused_in_chinese_with_chinese_command_words(string command)
    {
        var team = new TestTeam(andyLocale: "zh-CN");

        var reply = (await team.SayAsync(team.Andy, command)).Text();

        LanguageAssert.Chinese(reply, "Export Sales", "GBP", "USD", "EUR", "2026-Q4", "live-stream", "Zoe", "review");
        Assert.Empty(team.Store.Streams);
    }

    [Fact]
    public async Task Chinese_help_names_the_stream_commands_in_chinese()
    {
        var team = new TestTeam(andyLocale: "zh-CN");

        var reply = (await team.SayAsync(team.Andy, "复盘 帮助")).Text();

        Assert.Contains("复盘 直播 添加", reply, StringComparison.Ordinal);
        Assert.Contains("复盘 直播趋势", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_verb_in_chinese_is_pointed_to_the_chinese_stream_words()
    {
        var team = new TestTeam(andyLocale: "zh-CN");

        var reply = (await team.HandleAsync(team.Andy, new CommandInput("strem"))).Text();

        Assert.Contains("复盘 直播", reply, StringComparison.Ordinal);
    }
}
