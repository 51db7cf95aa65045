using ReviewBot.Core.Scheduling;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>review leave (复盘 请假) for a Chinese reader and an English one on the same team, and the Chinese ways to type it.</summary>
public class LeaveInBothLanguagesTests
{
    private static readonly string[] Names = ["Andy Miller", "Ben Weber", "Mia Manager", "Ben", "Export Sales"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN", miaLocale: "zh-CN");

    private IEnumerable<Leave> Stored => _team.Store.Leaves.Select(l => l.Leave);

    [Fact]
    public async Task A_chinese_member_sets_lists_and_clears_their_leave_in_chinese_while_an_english_one_reads_english()
    {
        var andy = string.Join('\n', [
            (await _team.SayAsync(_team.Andy, "复盘 请假 2026-12-22..2027-01-02")).Text(),
            (await _team.SayAsync(_team.Andy, "复盘 请假")).Text(),
            (await _team.SayAsync(_team.Andy, "复盘 请假 清除")).Text(),
            (await _team.SayAsync(_team.Andy, "复盘 请假 清除")).Text(),
            (await _team.SayAsync(_team.Andy, "复盘 请假")).Text()]);
        var ben = string.Join('\n', [
            (await _team.SayAsync(_team.Ben, "review leave 2026-12-22..2027-01-02")).Text(),
            (await _team.SayAsync(_team.Ben, "review leave")).Text(),
            (await _team.SayAsync(_team.Ben, "review leave clear")).Text(),
            (await _team.SayAsync(_team.Ben, "review leave clear")).Text(),
            (await _team.SayAsync(_team.Ben, "review leave")).Text()]);

        LanguageAssert.Chinese(andy, Names);
        Assert.Contains("请假已登记：你从2026年12月22日", andy, StringComparison.Ordinal);
        Assert.Contains("共 12 天", andy, StringComparison.Ordinal);
        Assert.Contains("复盘 请假 清除", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben, Names);
        Assert.Contains("Leave noted: you are away from", ben, StringComparison.Ordinal);
        Assert.Contains("Your leave is cleared", ben, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_manager_sets_and_lists_a_members_leave_in_chinese()
    {
        var mia = string.Join('\n', [
            (await _team.SayAsync(_team.Mia, "复盘 请假 @Ben 2026-11-23")).Text(),
            (await _team.SayAsync(_team.Mia, "复盘 请假")).Text(),
            (await _team.SayAsync(_team.Mia, "复盘 请假 @Ben")).Text(),
            (await _team.SayAsync(_team.Mia, "复盘 请假 清除 @Ben")).Text(),
            (await _team.SayAsync(_team.Mia, "复盘 请假")).Text(),
            (await _team.SayAsync(_team.Mia, "复盘 请假 @Ben")).Text()]);

        LanguageAssert.Chinese(mia, Names);
        Assert.Contains("复盘 请假 清除 @Ben", mia, StringComparison.Ordinal);
        Assert.Contains("共 1 天", mia, StringComparison.Ordinal);
        Assert.Empty(Stored);
    }

    [Theory]
    [InlineData("复盘 请假 @Ben 2026-12-22..2027-01-02")]
    [InlineData("复盘 请假 明天")]
    [InlineData("复盘 请假 2026-13-40")]
    [InlineData("复盘 请假 2027-01-02..2026-12-22")]
    [InlineData("复盘 请假 2026-12-22..2028-01-02")]
    [InlineData("复盘 请假 2026-11-02..2026-11-13")]
    [InlineData("复盘 请假 清除 2026-12-22")]
    public async Task What_a_chinese_member_gets_wrong_is_explained_in_chinese(string command)
    {
        var andy = (await _team.SayAsync(_team.Andy, command)).Text();

        LanguageAssert.Chinese(andy, [.. Names, "2026-13-40"]);
        Assert.Empty(Stored);
    }

    [Theory]
    [InlineData("review leave @Andy 2026-12-22..2027-01-02", "Only the team's managers can set or clear someone else's leave")]
    [InlineData("review leave tomorrow", "I couldn't read 'tomorrow' in review leave")]
    [InlineData("review leave 2027-01-02..2026-12-22", "That leave ends on 2026-12-22, before it starts on 2027-01-02.")]
    public async Task What_an_english_member_gets_wrong_is_explained_in_english(string command, string start)
    {
        var ben = (await _team.SayAsync(_team.Ben, command)).Text();

        LanguageAssert.English(ben, [.. Names, "Andy", "tomorrow"]);
        Assert.StartsWith(start, ben, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("复盘 请假 2026-12-22至2027-01-02")]
    [InlineData("复盘 请假 2026-12-22 至 2027-01-02")]
    [InlineData("复盘 请假 2026-12-22到2027-01-02")]
    [InlineData("复盘 请假 2026-12-22~2027-01-02")]
    [InlineData("复盘 请假 2026-12-22 - 2027-01-02")]
    [InlineData("复盘 请假 2026年12月22日至2027年1月2日")]
    [InlineData("复盘请假2026-12-22..2027-01-02")]
    public async Task A_range_written_the_chinese_way_reads_as_the_same_leave(string command)
    {
        await _team.SayAsync(_team.Andy, command);

        Assert.Equal([new Leave("andy", new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 2))], Stored);
    }

    [Theory]
    [InlineData("复盘 请假 取消")]
    [InlineData("复盘 请假 删除")]
    [InlineData("review leave 清除")]
    public async Task Clearing_leave_reads_in_chinese_words_too(string command)
    {
        await _team.SayAsync(_team.Andy, "复盘 请假 2026-12-22..2027-01-02");

        await _team.SayAsync(_team.Andy, command);

        Assert.Empty(Stored);
    }
}
