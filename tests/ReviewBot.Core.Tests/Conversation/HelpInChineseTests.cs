using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>review help in each reader's language, on the same team.</summary>
public class HelpInChineseTests
{
    [Fact]
    public async Task A_chinese_member_reads_help_in_chinese_with_the_chinese_command_words_while_an_english_manager_reads_english()
    {
        var team = new TestTeam(andyLocale: "zh-CN");

        var andy = (await team.SayAsync(team.Andy, "复盘 帮助")).Text();
        var mia = (await team.SayAsync(team.Mia, "review help")).Text();

        LanguageAssert.Chinese(andy, "Andy", team.Team.Name, "2026-Q4", "2026-Q3");
        Assert.Contains("复盘 签到", andy, StringComparison.Ordinal);
        LanguageAssert.English(mia, team.Team.Name);
        Assert.Contains("review checkin", mia, StringComparison.Ordinal);
    }
}
