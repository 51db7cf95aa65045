using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>A team's own template from its team file, run by the same form and text dialog as the built-in live-stream review.</summary>
public class TeamTemplateReviewTests
{
    private static readonly TemplateDefinition Quick = new(
        "quick-stream",
        "快速复盘",
        [
            new QuestionDefinition("gmv", QuestionKind.Number, "成交额", Required: true) { Unit = QuestionDefinition.SubjectCurrencyWord },
            new QuestionDefinition("mood", QuestionKind.Rating, "整体感觉", Required: true),
            new QuestionDefinition("slot", QuestionKind.Choice, "时段合适吗", Required: false) { Choices = ["合适", "太晚"] },
            new QuestionDefinition("note", QuestionKind.Text, "一句话总结", Required: false),
        ])
    {
        Intro = "三分钟填完。",
    };

    private static readonly string[] Typed = ["Andy", "Ben", "Black Friday EU", "EUR"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN");

    private Core.Streams.LiveStream Stream()
    {
        _team.Store.Templates[(TestTeam.WorkspaceId, _team.Team.Id)] = [Quick];
        return _team.BlackFriday(templateId: Quick.Id);
    }

    [Fact]
    public async Task The_teams_template_becomes_the_streams_form_and_records_like_the_built_in_one()
    {
        var stream = Stream();

        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();
        var reply = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { ["gmv"] = "8000", ["mood"] = "4", ["slot"] = "太晚" })).Message();

        Assert.Equal("“Black Friday EU”的快速复盘", form.Title);
        Assert.Equal(["gmv", "mood", "slot", "note"], form.Fields.Select(f => f.Id));
        Assert.Equal("EUR", form.Field("gmv").Unit);
        Assert.Equal(5, form.Field("mood").Choices!.Count);
        Assert.Equal("保存复盘", form.SubmitLabel);
        LanguageAssert.Chinese(form.Text() + "\n" + reply.Text(), Typed);
        Assert.Contains(reply.Sections.Single().Facts, f => f.Label == "整体感觉" && f.Value == "4/5");
        Assert.All(_team.Store.Answers, a => Assert.Equal((Quick.Id, stream.Id), (a.TemplateId, a.SubjectId)));
        Assert.Equal(["8000", "4", "太晚"], _team.Store.Answers.Select(a => a.Text));
    }

    [Fact]
    public async Task The_teams_template_runs_as_a_text_dialog_with_its_checks()
    {
        var stream = Stream();
        await _team.PressAsync(_team.Andy, ActionIds.StreamReviewByText, stream.Id);

        var negative = await _team.SayAsync(_team.Andy, "-5");
        await _team.SayAsync(_team.Andy, "8000");
        await _team.SayAsync(_team.Andy, "4 stars");
        var notAChoice = await _team.SayAsync(_team.Andy, "还行");
        await _team.SayAsync(_team.Andy, "合适");
        var done = await _team.SayAsync(_team.Andy, "无");

        Assert.Equal("成交额不能是负数，请填 0 或更大的数，例如 €320万。", Assert.IsType<MessageReply>(negative[0]).Sections.Single().Text);
        Assert.StartsWith("“还行”不在选项里", Assert.IsType<MessageReply>(notAChoice[0]).Sections.Single().Text, StringComparison.Ordinal);
        Assert.Equal("已记录你对“Black Friday EU”的复盘。", done.Message().Headline);
        Assert.Equal(["8000", "4", "合适"], _team.Store.Answers.Select(a => a.Text));
    }

    [Fact]
    public async Task The_template_lookup_finds_built_in_templates_first_and_the_teams_own_by_id()
    {
        _team.Store.Templates[(TestTeam.WorkspaceId, _team.Team.Id)] = [Quick, Quick with { Id = "live-stream", Title = "Shadow" }];
        var ct = TestContext.Current.CancellationToken;

        Assert.Same(ReviewTemplates.LiveStream, await TemplateLookup.FindAsync(_team.Store, TestTeam.WorkspaceId, _team.Team.Id, "live-stream", ct));
        Assert.Equal("快速复盘", (await TemplateLookup.FindAsync(_team.Store, TestTeam.WorkspaceId, _team.Team.Id, Quick.Id, ct))!.Title(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(await TemplateLookup.FindAsync(_team.Store, TestTeam.WorkspaceId, "team-2", Quick.Id, ct));
    }
}
