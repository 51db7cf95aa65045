using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>What the engine says around the commands, to a Chinese reader (Andy, or Mia as manager) and an English one on the same team.</summary>
public class ConversationInBothLanguagesTests
{
    private readonly TestTeam _team = new(andyLocale: "zh-CN", miaLocale: "zh-CN");

    [Fact]
    public async Task A_mistyped_chinese_command_is_answered_in_chinese_with_the_chinese_words_to_type()
    {
        // Typed after /review: a word that is no verb after 复盘 in a plain message would stay an answer.
        var andy = (await _team.HandleAsync(_team.Andy, new CommandInput("季渡"))).Text();
        var ben = (await _team.SayAsync(_team.Ben, "review quater")).Text();

        LanguageAssert.Chinese(andy, "季渡");
        Assert.Contains("复盘 季度", andy, StringComparison.Ordinal);
        Assert.Contains("复盘 帮助", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben);
        Assert.StartsWith("I don't know 'review quater'. Did you mean review quarter?", ben, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_reader_who_mistypes_an_english_verb_is_pointed_to_the_chinese_one()
    {
        var andy = (await _team.SayAsync(_team.Andy, "review chekin")).Message();

        Assert.Equal("我不认识“复盘 chekin”这个命令。你是想输入 复盘 签到 吗？", andy.Headline);
        LanguageAssert.Chinese(andy.Text(), "chekin");
    }

    [Fact]
    public async Task A_chinese_member_is_pointed_to_their_own_commands_only()
    {
        var andy = (await _team.HandleAsync(_team.Andy, new CommandInput("提型"))).Message();

        Assert.DoesNotContain("复盘 提醒", andy.Headline, StringComparison.Ordinal);
        LanguageAssert.Chinese(andy.Text(), "提型");
    }

    [Fact]
    public async Task A_stranger_who_writes_chinese_is_answered_in_chinese_and_one_who_writes_english_in_english()
    {
        var stranger = _team.Andy with { Id = "x", SlackUserId = "U-STRANGER" };

        var chinese = (await _team.SayAsync(stranger, "复盘 我的")).Text();
        var english = (await _team.SayAsync(stranger, "review me")).Text();

        LanguageAssert.Chinese(chinese);
        LanguageAssert.English(english);
        Assert.StartsWith("I don't know you in this workspace yet", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_message_without_an_open_dialog_points_to_help_in_the_readers_language()
    {
        var andy = (await _team.SayAsync(_team.Andy, "你好")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "hello?")).Text();

        LanguageAssert.Chinese(andy);
        Assert.Contains("复盘 签到 文字", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben);
        Assert.Contains("review checkin text", ben, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_checkin_cannot_read_are_named_in_the_readers_language()
    {
        var andy = (await _team.SayAsync(_team.Andy, "复盘 签到 马上")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "review checkin now")).Text();

        LanguageAssert.Chinese(andy);
        Assert.Contains("“马上”", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben, "now");
        Assert.StartsWith("I couldn't read 'now' in review checkin.", ben, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_the_manager_is_not_on_is_refused_in_their_language()
    {
        _team.Store.Teams.Add(_team.Team with { Id = "team-2", Key = "domestic" });
        var english = new TestTeam();
        english.Store.Teams.Add(english.Team with { Id = "team-2", Key = "domestic" });

        var mia = (await _team.SayAsync(_team.Mia, "复盘 本周 domestic")).Text();
        var miaInEnglish = (await english.SayAsync(english.Mia, "review week domestic")).Text();

        LanguageAssert.Chinese(mia, "domestic");
        LanguageAssert.English(miaInEnglish, "domestic");
    }

    [Fact]
    public async Task A_button_that_does_nothing_any_more_and_someone_elses_form_are_refused_in_the_readers_language()
    {
        var andy = (await _team.PressAsync(_team.Andy, "no-such-button")).Text()
            + "\n" + (await _team.SubmitAsync(_team.Andy, "checkin|weekly-checkin|2026-Q4|8|mia", new Dictionary<string, string>())).Text();
        var ben = (await _team.PressAsync(_team.Ben, "no-such-button")).Text()
            + "\n" + (await _team.SubmitAsync(_team.Ben, "checkin|weekly-checkin|2026-Q4|8|mia", new Dictionary<string, string>())).Text();

        LanguageAssert.Chinese(andy);
        LanguageAssert.English(ben);
        Assert.Contains("That form belongs to someone else; nothing was saved.", ben, StringComparison.Ordinal);
    }
}
