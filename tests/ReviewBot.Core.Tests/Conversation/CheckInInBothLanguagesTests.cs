using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// What review checkin and retro (复盘 签到, 回顾) say around the form and the text dialog, to a Chinese reader and
/// an English one on the same team; the form and the dialog's questions are the dialogs' own to translate.
/// </summary>
public class CheckInInBothLanguagesTests
{
    private static readonly string[] Typed = ["Andy Miller", "Ben Weber", "Mia Manager", "Andy", "Ben", "US revenue", "Storefront conversion", "Europe revenue", "German storefront live"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN", miaLocale: "zh-CN");

    private static Dictionary<string, string> OneValue(string keyResultId, string value) => new()
    {
        [FormIds.Value(keyResultId, "progress")] = value,
        [FormIds.Confidence(keyResultId, "progress")] = "on-track",
    };

    [Fact]
    public async Task A_saved_check_in_is_read_back_in_each_readers_language_with_values_in_their_format()
    {
        var andysForm = (await _team.SayAsync(_team.Andy, "复盘 签到")).Form();
        var bensForm = (await _team.SayAsync(_team.Ben, "review checkin")).Form();

        var andy = (await _team.SubmitAsync(_team.Andy, andysForm.FormId, OneValue("kr-us-revenue", "14M"))).Message();
        var ben = (await _team.SubmitAsync(_team.Ben, bensForm.FormId, OneValue("kr-europe-revenue", "9M"))).Message();

        LanguageAssert.Chinese(andy.Text(), Typed);
        Assert.Equal("第 8 周已填报。", andy.Headline);
        Assert.StartsWith("US$1,400万，目标 US$2,470万 · 得分 ", andy.Sections.Single().Facts.Single().Value, StringComparison.Ordinal);
        LanguageAssert.English(ben.Text(), Typed);
        Assert.Equal("Checked in for week 8.", ben.Headline);
    }

    [Fact]
    public async Task A_second_check_in_the_same_week_and_a_resubmitted_form_say_so_in_the_readers_language()
    {
        var form = (await _team.SayAsync(_team.Andy, "复盘 签到")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, OneValue("kr-us-revenue", "14M"), submissionId: "s-1");

        var replaced = (await _team.SubmitAsync(_team.Andy, form.FormId, OneValue("kr-us-revenue", "15M"), submissionId: "s-2")).Message();
        var repeated = (await _team.SubmitAsync(_team.Andy, form.FormId, OneValue("kr-us-revenue", "15M"), submissionId: "s-2")).Message();

        LanguageAssert.Chinese(replaced.Text() + "\n" + repeated.Text(), Typed);
        Assert.Equal("第 8 周已填报（替换了你之前这一周的回答）。", replaced.Headline);
        Assert.EndsWith("（之前已经保存，不会重复记录）", repeated.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_weeks_form_on_monday_names_the_week_it_counted_for_in_the_readers_language()
    {
        var andysForm = (await _team.SayAsync(_team.Andy, "复盘 签到")).Form();
        var bensForm = (await _team.SayAsync(_team.Ben, "review checkin")).Form();
        _team.Time.Advance(TimeSpan.FromDays(3));

        var andy = (await _team.SubmitAsync(_team.Andy, andysForm.FormId, OneValue("kr-us-revenue", "14M"))).Message();
        var ben = (await _team.SubmitAsync(_team.Ben, bensForm.FormId, OneValue("kr-europe-revenue", "9M"))).Message();

        Assert.Equal("已记入第 8 周，那一周在星期日结束。", andy.Headline);
        Assert.Equal("Saved for week 8, which ended on Sunday.", ben.Headline);
    }

    [Theory]
    [InlineData("checkin|weekly-checkin|2026-Q4|3", "That form was for 2026-Q4 week 3, which has closed")]
    [InlineData("checkin|weekly-checkin|2026-Q4|10", "That form is for 2026-Q4 week 10, which has not started yet")]
    [InlineData("checkin|quarter-retrospective|2026-Q4|14", "That form is for the 2026-Q4 retrospective")]
    [InlineData("checkin|no-such-template|2026-Q4|8", "I don't recognise that form; nothing was saved.")]
    public async Task A_form_that_cannot_be_saved_is_refused_in_the_readers_language(string formId, string english)
    {
        var andy = await _team.SubmitAsync(_team.Andy, formId, OneValue("kr-us-revenue", "1M"));
        var ben = await _team.SubmitAsync(_team.Ben, formId, OneValue("kr-europe-revenue", "1M"));

        // The refusal is ours; the fresh form after it is the forms' own to translate.
        LanguageAssert.Chinese(andy[0].Text(), Typed);
        LanguageAssert.English(ben[0].Text(), Typed);
        Assert.StartsWith(english, ben[0].Text(), StringComparison.Ordinal);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_form_for_a_week_to_come_names_its_first_day_as_chinese_writes_it()
    {
        var andy = await _team.SubmitAsync(_team.Andy, "checkin|weekly-checkin|2026-Q4|10", OneValue("kr-us-revenue", "1M"));

        Assert.Contains("要到11月30日", andy[0].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retrospective_before_it_opens_and_a_manager_without_key_results_are_told_so_in_their_language()
    {
        var englishTeam = new TestTeam();

        var andy = (await _team.SayAsync(_team.Andy, "复盘 回顾")).Text() + "\n" + (await _team.SayAsync(_team.Andy, "复盘 签到 回顾")).Text();
        var mia = (await _team.SayAsync(_team.Mia, "复盘 签到")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "review retro")).Text();
        var miaInEnglish = (await englishTeam.SayAsync(englishTeam.Mia, "review checkin")).Text();

        LanguageAssert.Chinese(andy, Typed);
        Assert.Contains("2026-Q4 的季度回顾从12月21日开始", andy, StringComparison.Ordinal);
        LanguageAssert.Chinese(mia, Typed);
        LanguageAssert.English(ben, Typed);
        LanguageAssert.English(miaInEnglish, Typed);
    }

    [Theory]
    [InlineData("复盘 签到 文字")]
    [InlineData("复盘 签到 文本")]
    [InlineData("复盘签到 文字")]
    [InlineData("review checkin 文字")]
    [InlineData("review checkin text")]
    public async Task Checkin_text_in_either_language_opens_the_text_dialog(string command)
    {
        await _team.SayAsync(_team.Andy, command);

        var dialog = await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", TestContext.Current.CancellationToken);
        Assert.True(dialog is { IsTextDialog: true });
    }

    [Fact]
    public async Task Opening_the_text_dialog_again_picks_up_where_it_left_off_in_the_readers_language()
    {
        await _team.SayAsync(_team.Andy, "复盘 签到 文字");
        await _team.SayAsync(_team.Ben, "review checkin text");

        var andy = await _team.SayAsync(_team.Andy, "复盘 签到 文字");
        var ben = await _team.SayAsync(_team.Ben, "review checkin text");

        Assert.Equal("接着上次停下的地方继续。", andy[0].Text());
        Assert.Equal("Picking up where you left off.", ben[0].Text());
    }

    [Fact]
    public async Task A_text_dialog_left_open_past_its_week_expires_in_the_readers_language()
    {
        await _team.SayAsync(_team.Andy, "复盘 签到 文字");
        await _team.SayAsync(_team.Ben, "review checkin text");
        _team.Time.Advance(TimeSpan.FromDays(14));

        var andy = (await _team.SayAsync(_team.Andy, "进展顺利")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "on track")).Text();

        LanguageAssert.Chinese(andy);
        Assert.StartsWith("你 2026-Q4 第 8 周的每周填报已经截止", andy, StringComparison.Ordinal);
        Assert.Contains("复盘 签到 文字", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben);
        Assert.StartsWith("Your weekly check-in for 2026-Q4 week 8 has closed; nothing was saved.", ben, StringComparison.Ordinal);
    }
}
