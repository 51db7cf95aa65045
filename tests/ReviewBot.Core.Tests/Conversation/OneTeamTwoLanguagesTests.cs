using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// The end to end: on one team, a zh-CN member checks in and reads the quarter review entirely in
/// Chinese, while the en-US manager reads the same quarter entirely in English.
/// </summary>
public class OneTeamTwoLanguagesTests
{
    // What people typed or set up themselves: names, titles, the team and the quarter.
    private static readonly string[] Typed =
        ["Andy Miller", "Andy", "Mia Manager", "Mia", "Ben Weber", "Ben", "Export Sales", "Grow export revenue", "US revenue", "Storefront conversion", "Europe revenue", "German storefront live", "2026-Q4", "2026-Q3",
        "The order book supports it", "Basis for US revenue", "Basis for Storefront conversion", "Basis for Europe revenue", "Basis for German storefront live"];

    [Fact]
    public async Task A_chinese_member_checks_in_and_reads_the_quarter_review_in_chinese_while_the_english_manager_reads_it_in_english()
    {
        var team = new TestTeam(andyLocale: "zh-CN", miaLocale: "en-US");
        var andyRead = new List<string>();
        async Task Andy(string text) => andyRead.Add((await team.SayAsync(team.Andy, text)).Text());

        await Andy("复盘 签到 文字");
        await Andy("1,420万");
        await Andy("有风险：两笔订单推迟到下个月");
        await Andy("2.6%");
        await Andy("正常");
        await Andy("清关文件还没办好");
        await Andy("复盘 我的");
        await Andy("复盘 季度");
        var miaRead = new[]
        {
            (await team.SayAsync(team.Mia, "review quarter")).Text(),
            (await team.SayAsync(team.Mia, "review week")).Text(),
        };

        Assert.Equal(2, team.Store.CheckIns.Count);
        Assert.All(andyRead, text => LanguageAssert.Chinese(text, Typed));
        Assert.Contains("US$1,420万", andyRead[^1], StringComparison.Ordinal);
        // Andy's own words stay as he wrote them, in the English review too.
        Assert.All(miaRead, text => LanguageAssert.English(text, [.. Typed, "两笔订单推迟到下个月", "清关文件还没办好"]));
        Assert.Contains("US$14.2M", miaRead[0], StringComparison.Ordinal);
    }
}
