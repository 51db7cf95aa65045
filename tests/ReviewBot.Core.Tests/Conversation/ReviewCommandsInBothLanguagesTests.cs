using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// What review me, week, quarter and remind (复盘 我的, 本周, 季度, 提醒) say themselves, to a Chinese reader and an
/// English one on the same team; the reviews they show are the review documents' own to translate.
/// </summary>
public class ReviewCommandsInBothLanguagesTests
{
    private static readonly string[] Names = ["Andy Miller", "Ben Weber", "Mia Manager", "Cindy Sharma", "Andy", "Cindy", "Export Sales", "Test holiday"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN", miaLocale: "zh-CN");

    [Theory]
    [InlineData("复盘 本周", "review week")]
    [InlineData("复盘 提醒", "review remind")]
    [InlineData("复盘 季度 @Ben", "review quarter @Andy")]
    [InlineData("复盘 季度 发布", "review quarter post")]
    [InlineData("复盘 季度 上季度 发布", "review quarter last post")]
    public async Task A_member_asking_for_a_managers_command_is_refused_in_their_language(string chinese, string english)
    {
        var andy = (await _team.SayAsync(_team.Andy, chinese)).Text();
        var ben = (await _team.SayAsync(_team.Ben, english)).Text();

        LanguageAssert.Chinese(andy, Names);
        Assert.StartsWith("只有团队经理能", andy, StringComparison.Ordinal);
        Assert.Contains("复盘 帮助", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben, Names);
        Assert.StartsWith("Only the team's managers can", ben, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("复盘 本周 下周", "review week next")]
    [InlineData("复盘 提醒 所有人", "review remind everyone")]
    [InlineData("复盘 季度 2026-Q9", "review quarter 2026-Q9")]
    [InlineData("复盘 季度 上季度 发布 CSV", "review quarter last post csv")]
    [InlineData("复盘 季度 2027-Q2", "review quarter 2027-Q2")]
    public async Task What_a_manager_gets_wrong_is_explained_in_their_language(string chinese, string english)
    {
        var englishTeam = new TestTeam();

        var mia = (await _team.SayAsync(_team.Mia, chinese)).Text();
        var miaInEnglish = (await englishTeam.SayAsync(englishTeam.Mia, english)).Text();

        LanguageAssert.Chinese(mia, [.. Names, "下周", "所有人"]);
        LanguageAssert.English(miaInEnglish, [.. Names, "next", "everyone"]);
    }

    [Fact]
    public async Task A_manager_who_owns_no_key_results_reads_who_adds_them_in_their_language()
    {
        var englishTeam = new TestTeam();

        var mia = (await _team.SayAsync(_team.Mia, "复盘 我的")).Message();
        var miaInEnglish = (await englishTeam.SayAsync(englishTeam.Mia, "review me")).Message();

        LanguageAssert.Chinese(string.Join('\n', mia.Context), Names);
        Assert.Contains("复盘 目标", mia.Context.Single(), StringComparison.Ordinal);
        LanguageAssert.English(string.Join('\n', miaInEnglish.Context), Names);
    }

    [Fact]
    public async Task The_chinese_words_for_last_quarter_and_post_post_the_last_quarters_review_to_the_channel()
    {
        var chinese = (await _team.SayAsync(_team.Mia, "复盘 季度 上季度 发布")).Message();
        var english = (await new TestTeam().SayAsync(_team.Mia, "review quarter last post")).Message();

        Assert.Equal(ReplyAudience.Channel, chinese.Audience);
        Assert.Equal(english.Headline, chinese.Headline);
        Assert.Contains("2026-Q3", chinese.Headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("复盘 季度 本季度", "review quarter this")]
    [InlineData("复盘 季度 上个季度", "review quarter previous")]
    [InlineData("复盘 季度 上季", "review quarter last")]
    public async Task The_chinese_words_for_a_quarter_read_as_the_english_ones(string chinese, string english)
    {
        var inChinese = (await _team.SayAsync(_team.Mia, chinese)).Message();
        var inEnglish = (await _team.SayAsync(_team.Mia, english)).Message();

        Assert.Equal(inEnglish.Headline, inChinese.Headline);
    }

    [Fact]
    public async Task A_chinese_manager_reads_the_remind_summary_in_chinese_and_each_member_reads_their_nudge_in_their_own_language()
    {
        _team.Store.Members.Add(_team.Andy with { Id = "cindy", Name = "Cindy Sharma", SlackUserId = "U-cindy", Market = "India & SEA", Locale = "en-IN" });
        _team.Store.Objectives[0] = _team.Store.Objectives[0] with { KeyResults = [.. _team.Store.Objectives[0].KeyResults, _team.Conversion with { Id = "kr-cindy", OwnerMemberId = "cindy" }] };

        var replies = await _team.SayAsync(_team.Mia, "复盘 提醒");

        var nudges = replies.OfType<MessageReply>().Where(r => r.ToMemberId is not null).ToDictionary(r => r.ToMemberId!);
        // The nudge's buttons are the check-in prompt's, which the review documents translate.
        var buttons = nudges["andy"].Buttons.Select(b => b.Label);
        LanguageAssert.Chinese(nudges["andy"].Text(), [.. Names, .. buttons]);
        Assert.Equal("Andy，你第 8 周的填报还在等你", nudges["andy"].Headline);
        LanguageAssert.English(nudges["cindy"].Text(), Names);
        Assert.Equal("Cindy, your week 8 check-in is waiting", nudges["cindy"].Headline);
        var summary = replies[^1].Text();
        LanguageAssert.Chinese(summary, Names);
        Assert.StartsWith("已提醒 2 人：Andy Miller、Cindy Sharma。", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_remind_says_in_the_managers_language_who_was_nudged_lately_and_when_they_can_be_again()
    {
        var englishTeam = new TestTeam();
        await _team.SayAsync(_team.Mia, "复盘 提醒");
        await englishTeam.SayAsync(englishTeam.Mia, "review remind");
        _team.Time.Advance(TimeSpan.FromMinutes(25));
        englishTeam.Time.Advance(TimeSpan.FromMinutes(25));

        var mia = (await _team.SayAsync(_team.Mia, "复盘 提醒")).Text();
        var miaInEnglish = (await englishTeam.SayAsync(englishTeam.Mia, "review remind")).Text();

        LanguageAssert.Chinese(mia, Names);
        Assert.Contains("Andy Miller 在 25 分钟前被提醒过", mia, StringComparison.Ordinal);
        LanguageAssert.English(miaInEnglish, Names);
        Assert.Contains("Andy Miller was nudged 25 min ago and was not nudged again; next possible at ", miaInEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remind_when_everyone_has_checked_in_says_so_in_the_managers_language()
    {
        var englishTeam = new TestTeam();
        foreach (var team in new[] { _team, englishTeam })
        {
            team.CheckedIn(team.Andy, team.UsRevenue, 8, 1_000_000m);
            team.CheckedIn(team.Andy, team.Conversion, 8, 2.5m);
            team.CheckedIn(team.Ben, team.EuropeRevenue, 8, 1_000_000m);
            team.CheckedIn(team.Ben, team.Storefront, 8, 0m);
        }

        var mia = (await _team.SayAsync(_team.Mia, "复盘 提醒")).Text();
        var miaInEnglish = (await englishTeam.SayAsync(englishTeam.Mia, "review remind")).Text();

        LanguageAssert.Chinese(mia, Names);
        Assert.Equal("Export Sales 的每个人都已完成第 8 周的填报，不用提醒了。", mia);
        Assert.Equal("Everyone on Export Sales has checked in for week 8; nobody to nudge.", miaInEnglish);
    }
}
